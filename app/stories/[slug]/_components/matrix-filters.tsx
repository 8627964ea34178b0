import { LABELS } from "@/lib/labels";
import type { MatrixColumn } from "@/lib/server/queries/get-story-matrix";
import type { StoryPageState } from "@/lib/validation/story-page";
import { storyHref } from "./story-href";

/** Past this many outlets the outlet menu lists only this page's (a 1,000-option menu is ~60 kB of HTML). */
const MAX_OUTLET_OPTIONS = 100;

/**
 * The matrix filters as a GET form (works without JavaScript; the URL is the state): changed only,
 * one label, one outlet. The sort and open rows ride along as hidden fields; filtering returns
 * to the first page.
 */
export function MatrixFilters({ slug, state, outlets, pageOutlets }: { slug: string; state: StoryPageState; outlets: readonly MatrixColumn[]; pageOutlets: readonly MatrixColumn[] }) {
  const derivatives = outlets.filter((column) => !column.isReference);
  const options = derivatives.length <= MAX_OUTLET_OPTIONS ? derivatives : pageOutlets;
  const isFiltered = state.changed || state.label !== undefined || state.outlet !== undefined;
  return (
    <form method="get" action={`/stories/${encodeURIComponent(slug)}#matrix-heading`} aria-label="Filter the matrix" className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white px-3 py-2 text-sm">
      {state.sort !== "date" ? <input type="hidden" name="sort" value={state.sort} /> : null}
      {state.expand.map((id) => (
        <input key={id} type="hidden" name="expand" value={id} />
      ))}
      <label className="flex items-center gap-2">
        <input type="checkbox" name="changed" value="1" defaultChecked={state.changed} className="h-4 w-4" />
        Changed only
      </label>
      <label className="grid gap-0.5">
        <span className="text-xs text-stone-700">Label</span>
        <select name="label" defaultValue={state.label ?? ""} className="rounded border border-stone-400 bg-white px-2 py-1">
          <option value="">Any label</option>
          {LABELS.map((label) => (
            <option key={label} value={label}>
              {label} only
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-0.5">
        <span className="text-xs text-stone-700">Outlet</span>
        <select name="outlet" defaultValue={state.outlet ?? ""} className="max-w-[14rem] rounded border border-stone-400 bg-white px-2 py-1">
          <option value="">{derivatives.length <= MAX_OUTLET_OPTIONS ? "All outlets" : "All outlets on this page"}</option>
          {options.map((column) => (
            <option key={column.articleId} value={column.outletId}>
              {column.outletName}
            </option>
          ))}
        </select>
      </label>
      <button type="submit" className="rounded-md bg-stone-900 px-3 py-1.5 font-medium text-white hover:bg-stone-700">
        Filter
      </button>
      {isFiltered ? (
        <a href={storyHref(slug, { sort: state.sort, expand: state.expand }, "matrix-heading")} className="self-center text-blue-800 underline underline-offset-2">
          Clear filters
        </a>
      ) : null}
    </form>
  );
}
