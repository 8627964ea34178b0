/**
 * Where an article's text came from: the manifest's (or importer's) notes and the page it was
 * captured from when that is not the original ("this copy is a republication and lacks the wire's
 * lead"). Shown on the article page and, compact, in the story's article list. Nothing when there
 * is nothing to say.
 */
export function TextProvenance({ sourceNotes, capturedFrom, url, className = "", isCompact = false }: { sourceNotes: string | null; capturedFrom: string | null; url: string | null; className?: string; isCompact?: boolean }) {
  if (!sourceNotes && !capturedFrom) return null;
  return (
    <aside aria-label="Where this text came from" className={`${isCompact ? "text-xs text-stone-700" : "rounded-md border border-stone-300 bg-stone-50 px-3 py-2 text-sm text-stone-800"} ${className}`}>
      <p className={isCompact ? "sr-only" : "font-semibold"}>Where this text came from</p>
      {sourceNotes ? <p>{sourceNotes}</p> : null}
      {capturedFrom ? (
        <p>
          Captured from{" "}
          <a href={capturedFrom} className="break-all text-blue-800 underline underline-offset-2" rel="noreferrer noopener">
            {capturedFrom}
          </a>
          {url && url !== capturedFrom ? ", not the original page" : ""}
        </p>
      ) : null}
    </aside>
  );
}
