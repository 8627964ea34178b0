import { inputClass, labelClass, primaryButton } from "@/app/_components/form-styles";
import { bulkReviewAction } from "@/lib/server/actions/bulk-review";
import { APPEARANCE_LABELS, MAX_NOTE_LENGTH } from "@/lib/validation/editor";

/** The form id the queue's checkboxes join (form="bulk-review"), wherever they sit on the page. */
export const BULK_FORM_ID = "bulk-review";

/**
 * Bulk actions on the review queue: confirm, relabel or dismiss the ticked items, or every item
 * still to review that matches the queue's filter, in one audited step. A plain form.
 */
export function BulkReviewForm({ storySlug, isMine, matchingCount }: { storySlug: string | undefined; isMine: boolean; matchingCount: number }) {
  return (
    <form id={BULK_FORM_ID} action={bulkReviewAction} aria-label="Bulk actions" className="mb-4 grid gap-3 rounded-lg border border-stone-300 bg-white p-3 text-sm sm:grid-cols-2 lg:grid-cols-[auto_auto_auto_1fr_auto] lg:items-end">
      <input type="hidden" name="story" value={storySlug ?? ""} />
      {isMine ? <input type="hidden" name="mine" value="1" /> : null}
      <fieldset>
        <legend className={labelClass}>Apply to</legend>
        <label className="flex items-center gap-1.5">
          <input type="radio" name="scope" value="selected" defaultChecked /> the items ticked below
        </label>
        <label className="flex items-center gap-1.5">
          <input type="radio" name="scope" value="filter" /> all {matchingCount} {isMine ? "in my queue" : storySlug ? "of this story" : "in the queue"}
        </label>
      </fieldset>
      <div>
        <label htmlFor="bulk-operation" className={labelClass}>
          Action
        </label>
        <select id="bulk-operation" name="operation" defaultValue="confirm" className={inputClass}>
          <option value="confirm">Confirm the machine’s labels</option>
          <option value="relabel">Relabel as…</option>
          <option value="dismiss">Dismiss as not a claim</option>
        </select>
      </div>
      <div>
        <label htmlFor="bulk-label" className={labelClass}>
          New label (relabel)
        </label>
        <select id="bulk-label" name="label" defaultValue="" className={inputClass}>
          <option value="">—</option>
          {APPEARANCE_LABELS.map((label) => (
            <option key={label} value={label}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="bulk-note" className={labelClass}>
          Note (required to relabel)
        </label>
        <input id="bulk-note" name="note" maxLength={MAX_NOTE_LENGTH} className={inputClass} />
      </div>
      <button type="submit" className={primaryButton}>
        Apply
      </button>
    </form>
  );
}
