import { WordDiff } from "@/app/_components/word-diff";
import { formatCount } from "@/lib/counts/count-units";
import { LABEL_STYLES } from "@/lib/labels";
import type { ReportItem, ReportSection } from "@/lib/export/build-print-report";
import { capitalize } from "@/lib/export/summarize-story";
import { describeVerdictSource, listOutlets } from "@/lib/export/group-carriers";
import { groupWordings, MAX_OUTLETS_NAMED } from "./group-wordings";

/** One section of the print report (invented, altered, hardened or softened): its claims, each with every wording so labelled. */
export function ReportSectionView({
  section,
  baseUrl,
}: {
  section: ReportSection;
  baseUrl: string;
}) {
  const { label, items, wordingCount } = section;
  return (
    <section
      aria-labelledby={`report-${label}`}
      className="ct-label-section grid gap-3"
      data-testid="report-section"
      data-label={label}
    >
      <h2 id={`report-${label}`} className="text-lg font-semibold">
        {LABEL_STYLES[label].icon} {capitalize(label)}
      </h2>
      <p className="-mt-2 text-sm text-stone-700">
        {formatCount(wordingCount, "wordings")} in {items.length}{" "}
        {items.length === 1 ? "claim" : "claims"}:{" "}
        {LABEL_STYLES[label].description}.
      </p>
      {items.length === 0 ? (
        <p className="text-sm">None.</p>
      ) : (
        items.map((item) => (
          <Item key={item.claim.id} item={item} baseUrl={baseUrl} />
        ))
      )}
    </section>
  );
}

function Item({ item, baseUrl }: { item: ReportItem; baseUrl: string }) {
  const { claim, referenceSentence } = item;
  const kind = claim.isNew
    ? `new ${claim.detailType ?? "material"}`
    : claim.kind === "detail"
      ? `detail · ${claim.detailType ?? "other"}`
      : "statement";
  return (
    <article
      className="ct-item grid gap-1 border-t border-stone-300 pt-2 text-sm"
      data-testid="report-item"
    >
      <h3 className="font-semibold">
        <a href={`${baseUrl}/claims/${claim.id}`} className="ct-quiet">
          {claim.isNew
            ? `“${claim.text}”`
            : claim.kind === "detail"
              ? `“${claim.text}”`
              : `Statement ${claim.reportId}`}
        </a>{" "}
        <span className="font-normal text-stone-600">({kind})</span>
      </h3>
      {referenceSentence ? (
        <p>
          <span className="ct-tag">Reference sentence</span>{" "}
          <span className="font-serif">{referenceSentence}</span>
        </p>
      ) : (
        <p className="text-stone-700">
          Not in the reference: no counterpart to compare with.
        </p>
      )}
      {claim.notes.map((note, index) => (
        <p key={index}>Editor note on the claim: {note}</p>
      ))}
      <ul className="grid gap-1.5">
        {/* New material has no diff: its own wording is shown only when it is not the heading's. */}
        {/* Outlets printing the same wording exactly so share one entry (syndicated copies). */}
        {groupWordings(item.wordings).map(({ first: wording, outlets }) => (
          <li
            key={wording.appearance.id}
            className="grid gap-0.5"
            data-testid="report-wording"
            data-outlets={outlets.length}
          >
            <p>
              <strong>{listOutlets(outlets, MAX_OUTLETS_NAMED)}</strong>{" "}
              <span className="text-stone-600">
                ({describeVerdictSource(wording.appearance)})
              </span>{" "}
              <span className="font-serif">{wording.sentence}</span>
            </p>
            {wording.diff ? (
              <p className="font-serif" data-testid="report-diff">
                <span className="ct-tag">Reference → outlet</span>{" "}
                <WordDiff parts={wording.diff} />
              </p>
            ) : wording.sentence !== wording.appearance.text && wording.appearance.text !== claim.text ? (
              <p className="font-serif">
                <span className="ct-tag">Wording</span> “
                {wording.appearance.text}”
              </p>
            ) : null}
            {wording.appearance.reasons.length > 0 ? (
              <p className="text-xs text-stone-700">
                Why:{" "}
                {wording.appearance.reasons
                  .map((reason) => reason.detail || reason.code)
                  .join("; ")}
              </p>
            ) : null}
            {[wording.appearance.editorNote, ...wording.appearance.notes]
              .filter(Boolean)
              .map((note, index) => (
                <p key={index} className="text-xs">
                  Editor note: {note}
                </p>
              ))}
          </li>
        ))}
      </ul>
    </article>
  );
}
