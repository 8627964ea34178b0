import type { DiffPart } from "@/lib/server/queries/get-claim";

/**
 * A word diff: inserted words underlined on green, deleted ones struck through on red (the line
 * style reads without colour), each announced to screen readers as inserted or deleted.
 */
export function WordDiff({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((part, index) =>
        part.type === "inserted" ? (
          <ins key={index} className="rounded-sm [del+&]:ml-0.5 bg-emerald-100 text-emerald-950 underline decoration-emerald-700 decoration-2 underline-offset-2">
            <span className="sr-only">[inserted: </span>
            {part.text}
            <span className="sr-only">]</span>
          </ins>
        ) : part.type === "deleted" ? (
          <del key={index} className="rounded-sm bg-red-100 text-red-950 line-through decoration-red-700 decoration-2">
            <span className="sr-only">[deleted: </span>
            {part.text}
            <span className="sr-only">]</span>
          </del>
        ) : (
          part.text
        ),
      )}
    </>
  );
}

/** The key to the diff marks, shown once above the outlets. */
export function WordDiffKey({ against }: { against: string }) {
  return (
    <p className="text-sm text-stone-700">
      Word changes against {against}:{" "}
      <ins className="rounded-sm bg-emerald-100 px-1 text-emerald-950 underline decoration-emerald-700 decoration-2 underline-offset-2">inserted words</ins>{" "}
      <del className="rounded-sm bg-red-100 px-1 text-red-950 line-through decoration-red-700 decoration-2">deleted words</del>
    </p>
  );
}
