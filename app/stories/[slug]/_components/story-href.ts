import type { MatrixSort } from "@/lib/validation/story-page";

/** The story page URL for a matrix state; the defaults (date order, nothing open) stay out of it. */
export function storyHref(slug: string, state: { sort: MatrixSort; expand: readonly string[] }, hash?: string): string {
  const params = new URLSearchParams();
  if (state.sort !== "date") params.set("sort", state.sort);
  for (const id of state.expand) params.append("expand", id);
  const query = params.toString();
  return `/stories/${encodeURIComponent(slug)}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}
