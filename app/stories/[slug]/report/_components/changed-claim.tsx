import { LabelChip } from "@/app/_components/label-chip";
import type { ExportAppearance } from "@/lib/export/story-export";
import { describeChangedClaim } from "@/lib/export/format-story-markdown";
import type { ChangedClaim as Changed } from "@/lib/export/summarize-story";

/** Who decided an appearance's label: the editor (with the machine's if different), or the machine. */
function describeSource(appearance: ExportAppearance): string {
  if (appearance.editorLabel) return appearance.machineLabel && appearance.machineLabel !== appearance.editorLabel ? `editor; the machine said ${appearance.machineLabel}` : "editor";
  return appearance.isReviewed ? "machine, confirmed by an editor" : "machine";
}

/** One changed claim: the reference's wording, then each outlet's wording with its verdict, reasons and notes. */
export function ChangedClaim({ changed, number, baseUrl }: { changed: Changed; number: number; baseUrl: string }) {
  const { claim } = changed;
  return (
    <article className="ct-claim grid gap-2 border-t border-stone-300 pt-3" data-testid="report-claim">
      <h3 className="font-semibold">
        <a href={`${baseUrl}/claims/${claim.id}`}>
          {number}. {describeChangedClaim(changed)}
        </a>
      </h3>
      <p className="text-sm">
        {claim.isNew ? (
          <>Not in the reference. First worded: “{claim.text}”</>
        ) : (
          <>
            <strong>Reference:</strong> “{claim.text}”
          </>
        )}
      </p>
      {changed.parent ? <p className="text-sm text-stone-700">In the statement: “{changed.parent.text}”</p> : null}
      {claim.notes.map((note, index) => (
        <p key={index} className="text-sm">
          Editor note on the claim: {note}
        </p>
      ))}
      <ul className="grid gap-2">
        {changed.outlets.flatMap(({ article, appearances }) =>
          appearances.map((appearance) => (
            <li key={appearance.id} className="grid gap-1 text-sm">
              <p className="flex flex-wrap items-center gap-2">
                <strong>{article.outlet.name}</strong>
                {appearance.label ? <LabelChip label={appearance.label} size="xs" /> : <span>not yet labelled</span>}
                <span className="text-stone-600">({describeSource(appearance)})</span>
              </p>
              <blockquote className="border-l-4 border-stone-300 pl-3 font-serif">{appearance.text}</blockquote>
              <ul className="list-disc pl-6 text-stone-800">
                {appearance.reasons.map((reason, index) => (
                  <li key={index}>
                    <code>{reason.code}</code>: {reason.detail}
                  </li>
                ))}
                {[appearance.editorNote, ...appearance.notes].filter(Boolean).map((note, index) => (
                  <li key={`note-${index}`}>Editor note: {note}</li>
                ))}
              </ul>
            </li>
          )),
        )}
      </ul>
      {changed.omittedBy.length > 0 ? <p className="text-sm">Omitted by: {changed.omittedBy.map((article) => article.outlet.name).join(", ")}</p> : null}
    </article>
  );
}
