import Link from "next/link";
import { LabelChip } from "@/app/_components/label-chip";
import type { ArticleAnnotation } from "@/lib/server/queries/get-article-annotations";

/** Spans editors linked by hand (signed-in readers); orphaned ones first, flagged, never placed in the text. */
export function ArticleAnnotations({ articleId, annotations }: { articleId: string; annotations: ArticleAnnotation[] }) {
  if (annotations.length === 0) return null;
  return (
    <section aria-labelledby="annotations-heading" className="mt-6">
      <h2 id="annotations-heading" className="mb-2 text-lg font-semibold">
        Annotations
      </h2>
      <ul className="space-y-2" data-testid="annotations">
        {annotations.map((annotation) => (
          <li key={annotation.id} className={`rounded-md border bg-white p-3 text-sm ${annotation.anchor === "orphaned" ? "border-red-300" : "border-stone-200"}`}>
            <p className="flex flex-wrap items-center gap-2">
              {annotation.label ? <LabelChip label={annotation.label} size="xs" /> : null}
              {annotation.anchor === "orphaned" ? (
                <strong className="text-red-900">orphaned: not found in the re-imported text</strong>
              ) : annotation.anchor === "moved" ? (
                <span className="text-stone-700">re-anchored after a re-import</span>
              ) : null}
              <Link href={`/claims/${annotation.claimId}#a-${articleId}`} className="text-blue-800 underline underline-offset-2">
                {annotation.claimText.length > 100 ? `${annotation.claimText.slice(0, 100)}…` : annotation.claimText}
              </Link>
            </p>
            <blockquote className="mt-1 font-serif text-stone-900">
              {annotation.sentenceIndex !== null && annotation.anchor !== "orphaned" ? <a href={`#s-${annotation.sentenceIndex}`}>“{annotation.text}”</a> : <>“{annotation.text}”</>}
            </blockquote>
            {annotation.note ? <p className="mt-1 text-stone-700">Note: {annotation.note}</p> : null}
            <p className="mt-1 text-xs text-stone-600">
              {annotation.editor ?? "an editor"}
              {annotation.editedAt ? ` · ${annotation.editedAt.toISOString().replace("T", " ").slice(0, 16)} UTC` : ""}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
