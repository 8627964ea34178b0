/** One page of `items`: `requested` clamped to the pages there are (past the last shows the last). */
export function selectPage<T>(items: readonly T[], requested: number, perPage: number): { page: number; pageCount: number; first: number; items: T[] } {
  const pageCount = Math.max(1, Math.ceil(items.length / perPage));
  const page = Math.min(Math.max(1, Math.floor(requested)), pageCount);
  const start = (page - 1) * perPage;
  return { page, pageCount, first: start + 1, items: items.slice(start, start + perPage) };
}
