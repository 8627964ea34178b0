import type { StoryPageState } from "@/lib/validation/story-page";
import { storyHref } from "./story-href";

/** "Outlets 51–100 of 1,000 · ‹ Previous · page 2 of 20 · Next ›" as links (works without JavaScript). */
export function OutletPager({ slug, state, page, pageCount, first, shown, total }: { slug: string; state: StoryPageState; page: number; pageCount: number; first: number; shown: number; total: number }) {
  const link = "rounded border border-stone-400 bg-white px-2 py-0.5 text-blue-800 hover:bg-stone-100";
  const range = shown === 0 ? "No outlets" : `Outlets ${first.toLocaleString("en")}–${(first + shown - 1).toLocaleString("en")} of ${total.toLocaleString("en")}`;
  if (pageCount <= 1 && !state.outlet) return null;
  return (
    <nav aria-label="Pages of outlets" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-stone-700">{state.outlet ? `One outlet of ${total.toLocaleString("en")}` : range}</span>
      {!state.outlet && page > 1 ? (
        <a href={storyHref(slug, { ...state, page: page - 1 }, "matrix-heading")} rel="prev" className={link}>
          ‹ Previous
        </a>
      ) : null}
      {!state.outlet ? <span className="text-stone-700">page {page} of {pageCount}</span> : null}
      {!state.outlet && page < pageCount ? (
        <a href={storyHref(slug, { ...state, page: page + 1 }, "matrix-heading")} rel="next" className={link}>
          Next ›
        </a>
      ) : null}
    </nav>
  );
}
