import type { Label } from "@/lib/labels";
import type { MatrixSort } from "@/lib/validation/story-page";

/** The story page's URL state: outlet order, open rows, filters and page (see storyPageParamsSchema). */
export interface StoryHrefState {
  sort: MatrixSort;
  expand: readonly string[];
  changed?: boolean;
  label?: Label | undefined;
  outlet?: string | undefined;
  page?: number;
  /** Show the matrix as it stood then (the matrix "as of" a capture time). */
  asOf?: Date | null | undefined;
}

/** The story page URL for a state; the defaults (date order, nothing open, no filter, page 1) stay out of it. */
export function storyHref(slug: string, state: StoryHrefState, hash?: string): string {
  const params = new URLSearchParams();
  if (state.sort !== "date") params.set("sort", state.sort);
  for (const id of state.expand) params.append("expand", id);
  if (state.changed) params.set("changed", "1");
  if (state.label) params.set("label", state.label);
  if (state.outlet) params.set("outlet", state.outlet);
  if (state.page && state.page > 1) params.set("page", String(state.page));
  if (state.asOf) params.set("asOf", state.asOf.toISOString());
  const query = params.toString();
  return `/stories/${encodeURIComponent(slug)}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}
