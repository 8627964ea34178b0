const LINK = "rounded border border-stone-400 bg-white px-2 py-0.5 text-blue-800 hover:bg-stone-100";

/**
 * "Outlets 51–100 of 1,000 · ‹ Previous · page 2 of 20 · Next ›" as plain links (works without
 * JavaScript); nothing when everything fits on one page.
 */
export function PageLinks({ label, noun, page, pageCount, first, shown, total, hrefOf }: { label: string; noun: string; page: number; pageCount: number; first: number; shown: number; total: number; hrefOf: (page: number) => string }) {
  if (pageCount <= 1) return null;
  const range = shown === 0 ? `No ${noun.toLowerCase()}` : `${noun} ${first.toLocaleString("en")}–${(first + shown - 1).toLocaleString("en")} of ${total.toLocaleString("en")}`;
  return (
    <nav aria-label={label} className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-stone-700">{range}</span>
      {page > 1 ? (
        <a href={hrefOf(page - 1)} rel="prev" className={LINK}>
          ‹ Previous
        </a>
      ) : null}
      <span className="text-stone-700">
        page {page} of {pageCount}
      </span>
      {page < pageCount ? (
        <a href={hrefOf(page + 1)} rel="next" className={LINK}>
          Next ›
        </a>
      ) : null}
    </nav>
  );
}
