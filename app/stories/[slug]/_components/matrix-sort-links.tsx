import { MATRIX_SORTS, type MatrixSort, type StoryPageState } from "@/lib/validation/story-page";
import { storyHref } from "./story-href";

const SORT_NAMES: Record<MatrixSort, string> = { date: "Publication date", distortion: "Most distorted", coverage: "Best coverage", outlet: "Outlet name" };

/** Outlet order as plain links (?sort=…), keeping the open rows and filters; the current one is marked. */
export function MatrixSortLinks({ slug, state }: { slug: string; state: StoryPageState }) {
  return (
    <nav aria-label="Sort outlets" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-stone-700">Sort outlets:</span>
      {MATRIX_SORTS.map((option) => {
        const href = storyHref(slug, { ...state, sort: option, page: 1 });
        return option === state.sort ? (
          <a key={option} href={href} aria-current="true" className="rounded-full border border-stone-800 bg-stone-800 px-3 py-1 font-medium text-white">
            {SORT_NAMES[option]}
          </a>
        ) : (
          <a key={option} href={href} className="rounded-full border border-stone-400 bg-white px-3 py-1 text-blue-800 hover:bg-stone-100">
            {SORT_NAMES[option]}
          </a>
        );
      })}
    </nav>
  );
}
