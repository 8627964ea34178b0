import { defaultClaimKind, type ClaimsSearch } from "@/lib/validation/claims-search";

/**
 * The /claims URL for a search with some fields changed. Defaults are left out (page 1, every
 * review state, the default kind and sort), so URLs stay short and one state has one URL.
 */
export function claimsHref(search: ClaimsSearch, changes: Partial<ClaimsSearch> = {}): string {
  const next = { ...search, ...changes };
  const params = new URLSearchParams();
  if (next.q) params.set("q", next.q);
  if (next.story) params.set("story", next.story);
  if (next.outlet) params.set("outlet", next.outlet);
  if (next.label) params.set("label", next.label);
  if (next.review !== "all") params.set("review", next.review);
  if (next.kind !== defaultClaimKind(next.q)) params.set("kind", next.kind);
  const defaultSort = next.q ? "relevance" : "reference";
  if (next.sort !== defaultSort) params.set("sort", next.sort);
  if (next.page > 1) params.set("page", String(next.page));
  const query = params.toString();
  return query ? `/claims?${query}` : "/claims";
}

/** Whether any filter (not the search words, sort or page) is set. */
export function hasFilters(search: ClaimsSearch): boolean {
  return Boolean(search.story || search.outlet || search.label || search.review !== "all" || search.kind !== defaultClaimKind(search.q));
}

/** The filters cleared (search words and sort kept): the default list for those words. */
export function clearedFilters(search: ClaimsSearch): Partial<ClaimsSearch> {
  return { story: undefined, outlet: undefined, label: undefined, review: "all", kind: defaultClaimKind(search.q), page: 1 };
}
