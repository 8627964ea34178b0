import { LabelChip } from "@/app/_components/label-chip";
import type { ClaimChange } from "@/lib/revisions";
import { WordDiff } from "./word-diff";

const KIND_TEXT: Record<ClaimChange["kind"], string> = {
  added: "Claim added",
  dropped: "Claim dropped",
  changed: "Claim changed",
  reworded: "Reworded (no claim changed)",
};

/** The claim-level changes between two revisions, each with how it changed and its word diff. */
export function RevisionChanges({ changes }: { changes: ClaimChange[] }) {
  return (
    <ol className="grid gap-4" aria-label="Claim-level changes">
      {changes.map((change) => (
        <li key={`${change.kind}:${change.claimId}`} className="rounded-md border border-stone-300 bg-stone-50 p-3" data-change={change.kind}>
          <h3 className="mb-1 flex flex-wrap items-center gap-2 text-sm font-semibold">
            {KIND_TEXT[change.kind]}
            {change.before ? <LabelChip label={change.before.label} size="xs" /> : null}
            {change.before && change.after ? <span aria-label="became">→</span> : null}
            {change.after ? <LabelChip label={change.after.label} size="xs" /> : null}
          </h3>
          {change.claimId.startsWith("new:") ? null : <p className="mb-2 text-sm text-stone-700">Reference: “{change.claimText}”</p>}
          {change.summary.length > 0 ? (
            <ul className="mb-2 list-disc pl-5 text-sm">
              {change.summary.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          ) : null}
          <WordDiff parts={change.wordDiff} />
        </li>
      ))}
    </ol>
  );
}
