import { inputClass, labelClass, secondaryButton } from "@/app/_components/form-styles";
import { ASSIGNMENT_STATUSES, ASSIGNMENT_STATUS_NAMES } from "@/lib/pipeline/assignment-statuses";
import { assignReviewAction } from "@/lib/server/actions/assign-review";
import { setAssignmentStatusAction } from "@/lib/server/actions/set-assignment-status";
import type { ReviewAssignmentRow } from "@/lib/server/queries/list-review-assignments";

/**
 * Who reviews what, and how far they are: one row per assignment with its progress (reviewed
 * items / items in scope) and, for editors, its status menu; with `assign`, the form that assigns
 * the story or one of its outlets. Used by the story page and /review. Plain forms.
 */
export function ReviewAssignments({
  assignments,
  canEdit,
  back,
  assign,
  showStory = false,
}: {
  assignments: ReviewAssignmentRow[];
  canEdit: boolean;
  back: string;
  assign?: { storySlug: string; editors: { id: string; name: string }[]; outlets: { articleId: string; name: string }[] };
  showStory?: boolean;
}) {
  return (
    <div className="grid gap-3 text-sm">
      {assignments.length === 0 ? <p className="text-stone-700">Nobody is assigned yet.</p> : null}
      <ul className="grid gap-2 sm:grid-cols-2" data-testid="assignments">
        {assignments.map((row) => (
          <li key={row.id} className="rounded-md border border-stone-200 bg-white p-3" data-testid="assignment">
            <p>
              <strong>{row.assignee}</strong>: {showStory ? `${row.storyTitle}, ` : ""}
              {row.outlet ?? "the whole story"} · <span data-testid="assignment-status">{ASSIGNMENT_STATUSES[row.status]}</span>
            </p>
            <p data-testid="assignment-progress">
              {row.reviewed} of {row.total} reviewed
            </p>
            <progress max={Math.max(row.total, 1)} value={row.reviewed} aria-label={`${row.assignee}: ${row.reviewed} of ${row.total} reviewed`} className="w-full" />
            {canEdit ? (
              <form action={setAssignmentStatusAction} className="mt-2 flex items-end gap-2">
                <input type="hidden" name="assignmentId" value={row.id} />
                <input type="hidden" name="back" value={back} />
                <label className="sr-only" htmlFor={`status-${row.id}`}>
                  Status of {row.assignee}’s review of {row.outlet ?? "the whole story"}
                </label>
                <select id={`status-${row.id}`} name="status" defaultValue={row.status} className={`${inputClass} w-auto`}>
                  {ASSIGNMENT_STATUS_NAMES.map((status) => (
                    <option key={status} value={status}>
                      {ASSIGNMENT_STATUSES[status]}
                    </option>
                  ))}
                </select>
                <button type="submit" className={secondaryButton}>
                  Set status
                </button>
              </form>
            ) : null}
          </li>
        ))}
      </ul>
      {canEdit && assign ? (
        <form action={assignReviewAction} aria-label="Assign a review" className="flex flex-wrap items-end gap-2">
          <input type="hidden" name="storySlug" value={assign.storySlug} />
          <div>
            <label htmlFor="assign-scope" className={labelClass}>
              Review of
            </label>
            <select id="assign-scope" name="articleId" defaultValue="" className={`${inputClass} w-auto`}>
              <option value="">the whole story</option>
              {assign.outlets.map((outlet) => (
                <option key={outlet.articleId} value={outlet.articleId}>
                  {outlet.name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="assign-editor" className={labelClass}>
              Assign to
            </label>
            <select id="assign-editor" name="assigneeId" required defaultValue="" className={`${inputClass} w-auto`}>
              <option value="" disabled>
                Choose an editor…
              </option>
              {assign.editors.map((editor) => (
                <option key={editor.id} value={editor.id}>
                  {editor.name}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className={secondaryButton}>
            Assign
          </button>
        </form>
      ) : null}
    </div>
  );
}
