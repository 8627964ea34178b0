import Link from "next/link";
import { formatDateTime } from "@/app/_components/format-date";
import { secondaryButton } from "@/app/_components/form-styles";
import type { StoryMatrixAsOf } from "@/lib/server/queries/get-story-matrix-as-of";
import { listStoryRevisionTimes, type StoryRevisionTime } from "@/lib/server/queries/list-story-revision-times";
import type { MatrixSort } from "@/lib/validation/story-page";
import { storyHref } from "./story-href";

/**
 * "Show the matrix as of" one of the story's capture times (a GET form, so it works without
 * JavaScript), and, when a past state is shown, the banner saying what differs from the current
 * matrix. Renders nothing for a story whose articles were never revised.
 */
export async function MatrixAsOf({ storyId, slug, sort, expand, view }: { storyId: string; slug: string; sort: MatrixSort; expand: readonly string[]; view: StoryMatrixAsOf | null }) {
  const times = groupByTime(await listStoryRevisionTimes(storyId));
  if (times.length === 0 && !view) return null;
  const selected = view?.asOf.toISOString() ?? "";
  return (
    <div className="grid gap-2">
      <form method="get" action={`/stories/${encodeURIComponent(slug)}`} className="flex flex-wrap items-end gap-2 text-sm">
        {sort !== "date" ? <input type="hidden" name="sort" value={sort} /> : null}
        {expand.map((id) => (
          <input key={id} type="hidden" name="expand" value={id} />
        ))}
        <label className="grid gap-1">
          <span className="font-medium text-stone-800">Show the matrix as of</span>
          <select name="asOf" defaultValue={selected} className="rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm">
            <option value="">Now: every article&apos;s current text</option>
            {view && !times.some((time) => time.iso === selected) ? <option value={selected}>{formatDateTime(view.asOf)}</option> : null}
            {times.map((time) => (
              <option key={time.iso} value={time.iso}>
                {formatDateTime(time.at)} · {time.captures}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className={secondaryButton}>
          Show
        </button>
      </form>
      {view ? <AsOfBanner view={view} currentHref={storyHref(slug, { sort, expand })} /> : null}
    </div>
  );
}

function AsOfBanner({ view, currentHref }: { view: StoryMatrixAsOf; currentHref: string }) {
  const count = view.earlier.length;
  return (
    <aside aria-label="Matrix as of an earlier time" data-testid="as-of-banner" className="rounded-md border border-sky-500 bg-sky-50 px-3 py-2 text-sm text-sky-950">
      <p className="font-semibold">
        As of {formatDateTime(view.asOf)}: {count} {count === 1 ? "article" : "articles"} shown at an earlier revision; editor verdicts apply to the current text only.
      </p>
      <p className="mt-1">
        Articles at an earlier revision show the machine&apos;s labels for that text, compared with the current reference; the others show their stored labels, editor verdicts included.{" "}
        <Link href={currentHref} className="font-medium text-blue-800 underline underline-offset-2">
          Back to the current matrix
        </Link>
      </p>
      <ul className="mt-1 list-disc pl-5">
        {view.earlier.map((article) => (
          <li key={article.articleId}>
            {article.outletName}: revision {article.revision} of {article.latestRevision}, captured {formatDateTime(article.capturedAt)} —{" "}
            <Link href={`/articles/${article.articleId}/revisions?from=${article.revision}&to=${article.latestRevision}`} className="text-blue-800 underline underline-offset-2">
              what changed since
            </Link>
          </li>
        ))}
        {view.notYetCaptured.map((article) => (
          <li key={article.articleId}>
            {article.outletName}: not captured yet (first captured {formatDateTime(article.firstCapturedAt)}), left out
          </li>
        ))}
        {view.overCap.length > 0 ? <li>{view.overCap.map((article) => article.outletName).join(", ")}: shown at their current text (too many earlier revisions to analyse in one page)</li> : null}
        {view.referenceRevisedAfter ? (
          <li>
            The reference was revised since (revision {view.referenceRevisedAfter.revision || "none"} then, {view.referenceRevisedAfter.latestRevision} now): the rows are its current claims.
          </li>
        ) : null}
        {view.pastOnlyDetails.map((detail, index) => (
          <li key={`${detail.articleId}-${index}`}>
            Only in {detail.outletName}&apos;s earlier revision ({detail.label} {detail.detailType}): “{detail.text}”
          </li>
        ))}
      </ul>
    </aside>
  );
}

/** One option per distinct capture time, naming what was captured then. */
function groupByTime(times: readonly StoryRevisionTime[]): { iso: string; at: Date; captures: string }[] {
  const groups = new Map<string, { at: Date; names: string[] }>();
  for (const time of times) {
    const iso = time.capturedAt.toISOString();
    const group = groups.get(iso) ?? { at: time.capturedAt, names: [] };
    group.names.push(`${time.outletName} ${time.number === 1 ? "first capture" : `revision ${time.number}`}`);
    groups.set(iso, group);
  }
  return [...groups].map(([iso, group]) => ({ iso, at: group.at, captures: group.names.length > 3 ? `${group.names.slice(0, 3).join(", ")} and ${group.names.length - 3} more` : group.names.join(", ") }));
}
