import { formatDate } from "@/app/_components/format-date";
import { inputClass, secondaryButton } from "@/app/_components/form-styles";
import { dismissClaimAction } from "@/lib/server/actions/dismiss-claim";
import { restoreClaimAction } from "@/lib/server/actions/restore-claim";
import type { ClaimPage } from "@/lib/server/queries/get-claim";
import { MAX_NOTE_LENGTH } from "@/lib/validation/editor";

const OUTCOMES: Record<string, { text: string; isError: boolean }> = {
  "dismiss:done": { text: "Dismissed: this claim is no longer shown or counted. Restore it below.", isError: false },
  "restore:done": { text: "Restored: the claim is shown and counted again.", isError: false },
  "restore:conflict": { text: "It was not dismissed any more: someone restored it first.", isError: true },
  "dismiss:invalid": { text: "Could not dismiss: keep the reason short.", isError: true },
};

/**
 * "Not a claim" on the claim page: the dismissal in force with a restore button, or (for editors)
 * the form that dismisses it. Plain forms, so they work without JavaScript.
 */
export function ClaimDismissal({ claim, canEdit, outcome }: { claim: Pick<ClaimPage, "id" | "dismissal">; canEdit: boolean; outcome: string | null }) {
  const message = outcome ? OUTCOMES[outcome] : undefined;
  return (
    <div className="mb-3">
      {message ? (
        <p role={message.isError ? "alert" : "status"} className={`mb-2 text-sm font-medium ${message.isError ? "text-red-800" : "text-emerald-900"}`}>
          {message.text}
        </p>
      ) : null}
      {claim.dismissal ? (
        <div className="rounded-md border border-amber-400 bg-amber-50 p-3 text-sm" data-testid="claim-dismissed">
          <p>
            <strong>Not a claim</strong>: dismissed{claim.dismissal.by ? ` by ${claim.dismissal.by}` : ""} on {formatDate(claim.dismissal.at)}
            {claim.dismissal.reason ? ` — “${claim.dismissal.reason}”` : ""}. It is left out of the matrix, counts, claims list, review queue and exports.
          </p>
          {canEdit ? (
            <form action={restoreClaimAction} className="mt-2">
              <input type="hidden" name="claimId" value={claim.id} />
              <button type="submit" className={secondaryButton}>
                Restore
              </button>
            </form>
          ) : null}
        </div>
      ) : canEdit ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-stone-700 underline underline-offset-2">Not a claim?</summary>
          <form action={dismissClaimAction} className="mt-2 flex max-w-xl flex-col gap-2">
            <input type="hidden" name="claimId" value={claim.id} />
            <label htmlFor="dismiss-reason" className="font-medium">
              Why it is noise (optional)
            </label>
            <input id="dismiss-reason" name="reason" maxLength={MAX_NOTE_LENGTH} className={inputClass} placeholder="a byline, a headline fragment…" />
            <button type="submit" className={`${secondaryButton} w-fit`}>
              Dismiss as not a claim
            </button>
          </form>
        </details>
      ) : null}
    </div>
  );
}
