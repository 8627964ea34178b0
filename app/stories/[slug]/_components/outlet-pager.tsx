import { PageLinks } from "@/app/_components/page-links";
import type { StoryPageState } from "@/lib/validation/story-page";
import { storyHref } from "./story-href";

/** "Outlets 51–100 of 1,000 · ‹ Previous · page 2 of 20 · Next ›" as links (works without JavaScript); "One outlet of 1,000" when one is chosen. */
export function OutletPager({ slug, state, page, pageCount, first, shown, total }: { slug: string; state: StoryPageState; page: number; pageCount: number; first: number; shown: number; total: number }) {
  if (state.outlet) {
    return (
      <nav aria-label="Pages of outlets" className="flex flex-wrap items-center gap-2 text-sm">
        <span className="text-stone-700">One outlet of {total.toLocaleString("en")}</span>
      </nav>
    );
  }
  return <PageLinks label="Pages of outlets" noun="Outlets" page={page} pageCount={pageCount} first={first} shown={shown} total={total} hrefOf={(to) => storyHref(slug, { ...state, page: to }, "matrix-heading")} />;
}
