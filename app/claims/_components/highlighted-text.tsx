import type { SearchHighlight } from "@/lib/search/parse-search-query";
import { excerptParts, markTerms } from "./mark-terms";

/** Text with the searched words in <mark>; `isExcerpt` cuts a long wording around the first match. */
export function HighlightedText({ text, terms, isExcerpt = false }: { text: string; terms: readonly SearchHighlight[]; isExcerpt?: boolean }) {
  const marked = markTerms(text, terms);
  const parts = isExcerpt ? excerptParts(marked) : marked;
  return (
    <>
      {parts.map((part, index) =>
        part.isMatch ? (
          <mark key={index} className="rounded-sm bg-yellow-200 px-0.5 text-inherit">
            {part.text}
          </mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
