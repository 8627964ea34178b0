import Link from "next/link";
import type { ClaimsSearch } from "@/lib/validation/claims-search";
import { claimsHref } from "./claims-href";

const link = "rounded-md border border-stone-300 bg-white px-3 py-1.5 font-medium text-blue-900 hover:bg-stone-100";
const disabled = "rounded-md border border-stone-200 px-3 py-1.5 text-stone-400";

/** Previous / next links and "Page x of y"; plain links, so paging works without JavaScript. */
export function Pagination({ search, pageCount }: { search: ClaimsSearch; pageCount: number }) {
  if (pageCount <= 1 && search.page === 1) return null;
  const hasPrevious = search.page > 1;
  const hasNext = search.page < pageCount;
  return (
    <nav aria-label="Pagination" className="mt-4 flex items-center justify-between gap-3 text-sm">
      {hasPrevious ? (
        <Link href={claimsHref(search, { page: Math.min(search.page - 1, pageCount) })} rel="prev" className={link}>
          <span aria-hidden="true">← </span>Previous
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">
          <span aria-hidden="true">← </span>Previous
        </span>
      )}
      <span className="text-stone-700">
        Page {search.page} of {pageCount}
      </span>
      {hasNext ? (
        <Link href={claimsHref(search, { page: search.page + 1 })} rel="next" className={link}>
          Next<span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <span className={disabled} aria-disabled="true">
          Next<span aria-hidden="true"> →</span>
        </span>
      )}
    </nav>
  );
}
