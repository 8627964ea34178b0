import { MATRIX_SORTS, type MatrixSort } from "@/lib/validation/story-page";
import { storyHref } from "./story-href";

const SORT_NAMES: Record<MatrixSort, string> = { date: "Publication date", changes: "Most changed" };

/** Column order as plain links (?sort=…), keeping the open rows and the time shown; the current one is marked. */
export function MatrixSortLinks({ slug, sort, expand, asOf }: { slug: string; sort: MatrixSort; expand: readonly string[]; asOf?: Date | undefined }) {
  return (
    <nav aria-label="Sort outlets" className="flex flex-wrap items-center gap-2 text-sm">
      <span className="text-stone-700">Sort outlets:</span>
      {MATRIX_SORTS.map((option) =>
        option === sort ? (
          <a key={option} href={storyHref(slug, { sort: option, expand, asOf })} aria-current="true" className="rounded-full border border-stone-800 bg-stone-800 px-3 py-1 font-medium text-white">
            {SORT_NAMES[option]}
          </a>
        ) : (
          <a key={option} href={storyHref(slug, { sort: option, expand, asOf })} className="rounded-full border border-stone-400 bg-white px-3 py-1 text-blue-800 hover:bg-stone-100">
            {SORT_NAMES[option]}
          </a>
        ),
      )}
    </nav>
  );
}
