import type { WordDiffPart } from "@/lib/revisions";

/** A word diff inline: removed words struck through in red, added ones underlined in green, readable without colour. */
export function WordDiff({ parts }: { parts: WordDiffPart[] | null }) {
  if (parts === null) return <p className="text-sm text-stone-600">Too long to show word by word.</p>;
  return (
    <p className="rounded border border-stone-200 bg-white px-3 py-2 text-sm leading-relaxed" data-testid="word-diff">
      {parts.map((part, index) =>
        part.type === "same" ? (
          <span key={index}>{part.value}</span>
        ) : part.type === "removed" ? (
          <del key={index} className="bg-red-100 text-red-900 decoration-red-700">
            <span className="sr-only">[removed: </span>
            {part.value}
            <span className="sr-only">]</span>
          </del>
        ) : (
          <ins key={index} className="bg-green-100 text-green-900 decoration-green-700">
            <span className="sr-only">[added: </span>
            {part.value}
            <span className="sr-only">]</span>
          </ins>
        ),
      )}
    </p>
  );
}
