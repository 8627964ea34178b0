import type { MatrixSort } from "@/lib/validation/story-page";

/** The story page URL for a matrix state; the defaults (date order, nothing open, the current state) stay out of it. */
export function storyHref(slug: string, state: { sort: MatrixSort; expand: readonly string[]; asOf?: Date | null | undefined }, hash?: string): string {
  const params = new URLSearchParams();
  if (state.sort !== "date") params.set("sort", state.sort);
  for (const id of state.expand) params.append("expand", id);
  if (state.asOf) params.set("asOf", state.asOf.toISOString());
  const query = params.toString();
  return `/stories/${encodeURIComponent(slug)}${query ? `?${query}` : ""}${hash ? `#${hash}` : ""}`;
}
