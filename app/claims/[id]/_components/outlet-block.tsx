import Link from "next/link";
import { formatDate } from "@/app/_components/format-date";
import { LabelChip } from "@/app/_components/label-chip";
import { ReferenceBadge } from "@/app/_components/reference-badge";
import type { ClaimAppearanceView, ClaimOutletBlock } from "@/lib/server/queries/get-claim";
import { VerdictForm } from "@/app/_components/verdict-form";
import { AddNoteForm } from "./add-note-form";
import { WordDiff } from "@/app/_components/word-diff";

/**
 * One outlet's treatment of the claim: its wording (as a word diff against the base wording), the
 * verdict in force (and the machine's when an editor overrode it), reasons, confidence, and a link
 * to the exact sentence in the article. id="a-<articleId>" is the anchor other pages link to.
 */
export function OutletBlock({ block, isBaseReference, canEdit = false }: { block: ClaimOutletBlock; isBaseReference: boolean; canEdit?: boolean }) {
  return (
    <section
      id={`a-${block.articleId}`}
      data-testid="appearance"
      data-outlet={block.outlet}
      data-reference={block.isReference}
      aria-labelledby={`h-${block.articleId}`}
      className={`scroll-mt-4 rounded-lg border bg-white p-3 target:ring-2 target:ring-blue-700 sm:p-4 ${block.isReference ? "border-amber-300" : "border-stone-200"}`}
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <h3 id={`h-${block.articleId}`} className="text-base font-semibold">
          {block.outlet}
        </h3>
        {block.isReference ? <ReferenceBadge /> : null}
        <span className="text-sm text-stone-600">
          {block.outletKind} · <time dateTime={block.publishedAt?.toISOString()}>{formatDate(block.publishedAt)}</time>
        </span>
        <Link href={`/articles/${block.articleId}`} className="min-w-0 max-w-full truncate text-sm text-blue-800 underline-offset-2 hover:underline" title={block.title}>
          {block.title}
        </Link>
      </header>
      <ul className="mt-2 divide-y divide-stone-200">
        {block.appearances.map((appearance) => (
          <li key={appearance.id} className="py-2.5 first:pt-1 last:pb-0">
            <Appearance appearance={appearance} articleId={block.articleId} isOrigin={block.isReference && isBaseReference} canEdit={canEdit} />
          </li>
        ))}
      </ul>
      {block.moreAppearances.length > 0 ? (
        <p className="mt-2 border-t border-stone-200 pt-2 text-sm text-stone-700">
          {block.moreAppearances.length} more {block.moreAppearances.length === 1 ? "sentence carries" : "sentences carry"} it here:{" "}
          {block.moreAppearances.map((more, index) => (
            <span key={more.id}>
              {index > 0 ? ", " : null}
              {more.sentenceIndex !== null ? (
                <Link href={`/articles/${block.articleId}#s-${more.sentenceIndex}`} className="text-blue-800 underline underline-offset-2">
                  sentence {more.sentenceIndex + 1}
                </Link>
              ) : (
                "a span"
              )}
              {more.label ? ` (${more.label})` : null}
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}

function Appearance({ appearance, articleId, isOrigin, canEdit }: { appearance: ClaimAppearanceView; articleId: string; isOrigin: boolean; canEdit: boolean }) {
  const isOverridden = appearance.editorLabel !== null && appearance.machineLabel !== null && appearance.editorLabel !== appearance.machineLabel;
  return (
    <>
      <div className="flex flex-wrap items-center gap-x-2 gap-y-1 text-sm">
        {isOrigin ? (
          <span className="font-medium text-amber-900">The reference’s own wording</span>
        ) : appearance.label ? (
          <LabelChip label={appearance.label} by={appearance.editorLabel ? "editor" : "machine"} />
        ) : (
          <span className="text-stone-600">No verdict yet</span>
        )}
        {isOverridden ? (
          <span className="inline-flex items-center gap-1 text-stone-700">
            editor’s verdict; the machine said <LabelChip label={appearance.machineLabel!} size="xs" />
          </span>
        ) : null}
        {appearance.isReviewed ? (
          <span className="rounded border border-blue-800 px-1.5 text-xs font-semibold text-blue-900" title={appearance.editedAt ? `by ${appearance.editorName ?? "an editor"} on ${appearance.editedAt.toISOString().slice(0, 16).replace("T", " ")} UTC` : undefined}>
            reviewed{appearance.editorName ? ` by ${appearance.editorName}` : ""}
          </span>
        ) : null}
        {appearance.isHandLinked ? <span className="text-xs font-semibold text-stone-700">linked by an editor</span> : null}
        {!isOrigin && appearance.confidence !== null ? (
          <span className="text-stone-600" title="How sure the machine is of its label, from 0 to 1">
            confidence {appearance.confidence.toFixed(2)}
          </span>
        ) : null}
        {appearance.isOrphaned ? (
          <span className="text-xs font-semibold text-red-900">orphaned: the article was re-imported and this span was not found again</span>
        ) : appearance.isStale ? (
          <span className="text-xs font-semibold text-amber-900">stale: the latest analysis no longer finds this span</span>
        ) : null}
      </div>
      <blockquote className="mt-1.5 font-serif text-[17px] leading-relaxed text-stone-900">
        {appearance.diff ? <WordDiff parts={appearance.diff} /> : appearance.text}
      </blockquote>
      {appearance.editorNote ? <p className="mt-1 text-sm text-stone-700">Editor’s note: {appearance.editorNote}</p> : null}
      {!isOrigin && appearance.reasons.length > 0 ? (
        <ul className="mt-1.5 space-y-1 text-sm text-stone-800" aria-label="Reasons">
          {appearance.reasons.map((reason, index) => (
            <li key={index}>
              <code className="rounded bg-stone-100 px-1 text-xs text-stone-800">{reason.code}</code> {reason.detail}
              {reason.evidence?.reference || reason.evidence?.derivative ? (
                <span className="block text-stone-600">
                  {reason.evidence.reference ? <>reference “{reason.evidence.reference}”</> : null}
                  {reason.evidence.reference && reason.evidence.derivative ? " → " : null}
                  {reason.evidence.derivative ? <>here “{reason.evidence.derivative}”</> : null}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {appearance.sentenceIndex !== null ? (
        <Link href={`/articles/${articleId}#s-${appearance.sentenceIndex}`} className="mt-1.5 inline-block text-sm text-blue-800 underline underline-offset-2">
          Read it in the article (sentence {appearance.sentenceIndex + 1})
        </Link>
      ) : null}
      {canEdit && !isOrigin ? <VerdictForm appearanceId={appearance.id} version={appearance.version} machineLabel={appearance.machineLabel} label={appearance.editorLabel} editorName={appearance.editorName} /> : null}
      {canEdit ? (
        <details className="mt-2 text-sm">
          <summary className="cursor-pointer font-medium text-blue-800">Note on this wording</summary>
          <div className="mt-2">
            <AddNoteForm appearanceId={appearance.id} label="Note on this outlet’s wording" />
          </div>
        </details>
      ) : null}
    </>
  );
}
