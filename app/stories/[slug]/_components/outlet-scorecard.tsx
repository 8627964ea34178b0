import { LabelChip } from "@/app/_components/label-chip";
import { COUNT_UNITS } from "@/lib/counts/count-units";
import { describeCoverage, describeDistortion, formatShare } from "@/lib/counts/outlet-figures";
import { LABEL_STYLES, LABELS, LABELS_BY_SEVERITY } from "@/lib/labels";
import type { OutletScore, OutletScorecard as Scorecard } from "@/lib/server/queries/get-outlet-scorecard";
import type { MatrixSort } from "@/lib/validation/story-page";
import { storyHref, type StoryHrefState } from "./story-href";

/** Bar height in CSS pixels: tall enough to hover a thin segment, short enough for 50 outlets. */
const BAR_HEIGHT = 14;
// A white hairline between segments, set once per bar rather than on every segment.
const BAR_CLASSES = "block [&_rect]:stroke-white [&_rect]:[stroke-width:1px] [&_rect]:[vector-effect:non-scaling-stroke]";

const totalOf = (score: OutletScore) => LABELS.reduce((sum, label) => sum + score.counts[label], 0);
const percent = (part: number, whole: number) => (whole === 0 ? "–" : `${Math.round((part / whole) * 100)}%`);

/**
 * Per outlet: a stacked bar of its cells by label (inline SVG, drawn on the server, one shared
 * scale so longer rewrites show longer bars) and the same numbers as a table for print and
 * screen readers, with distortion and coverage; its column heads sort the outlets (links, so
 * sorting works without JavaScript).
 */
export function OutletScorecard({ scorecard, slug, state }: { scorecard: Scorecard; slug: string; state: StoryHrefState }) {
  const sortHead = (sort: MatrixSort, text: string, className: string) => (
    <th scope="col" className={className} aria-sort={state.sort === sort ? (sort === "outlet" ? "ascending" : "descending") : undefined}>
      <a href={storyHref(slug, { ...state, sort, page: 1 }, "scorecard-heading")} className="text-blue-800 underline underline-offset-2">
        {text}
        {state.sort === sort ? <span aria-hidden="true">{sort === "outlet" ? " ▲" : " ▼"}</span> : null}
      </a>
    </th>
  );
  const { outlets, statementCount } = scorecard;
  const max = Math.max(1, ...outlets.map(totalOf));
  const hasUnlabelled = outlets.some((outlet) => outlet.unlabelled > 0);
  return (
    <div className="grid gap-4">
      <figure className="rounded-lg border border-stone-200 bg-white p-3">
        <figcaption className="mb-2 text-sm text-stone-700">
          Counted in {COUNT_UNITS.claims.explanation}: the reference&apos;s {statementCount} statements (carried or omitted) plus the new details it introduced. <strong>Distortion</strong>: of the claims an outlet carries, the share softened, hardened, altered or invented. <strong>Coverage</strong>: the share of the reference&apos;s statements it carries.
        </figcaption>
        <ul className="grid gap-1.5">
          {outlets.map((outlet) => (
            <li key={outlet.articleId} className="grid grid-cols-[minmax(6rem,10rem)_1fr] items-center gap-2 text-sm sm:grid-cols-[12rem_1fr]">
              <span className="truncate" title={outlet.outletName}>
                {outlet.outletName}
              </span>
              <StackedBar score={outlet} max={max} />
            </li>
          ))}
        </ul>
        <p className="mt-2 flex flex-wrap gap-1.5" aria-hidden="true">
          {LABELS.map((label) => (
            <LabelChip key={label} label={label} size="xs" />
          ))}
        </p>
      </figure>

      <div className="overflow-x-auto rounded-lg border border-stone-200 bg-white">
        <table className="w-full text-right text-sm tabular-nums">
          <caption className="sr-only">Per outlet: distortion (distorted of carried claims), coverage (reference statements carried of all), claims by label, and the share of reference statements each carried faithfully</caption>
          <thead className="bg-stone-100 text-stone-700">
            <tr>
              {sortHead("outlet", "Outlet", "px-3 py-2 text-left")}
              {sortHead("distortion", "Distortion", "px-2 py-2")}
              {sortHead("coverage", "Coverage", "px-2 py-2")}
              {/* Most serious first, so on a phone the invented column is on the first screen. */}
              {LABELS_BY_SEVERITY.map((label) => (
                <th key={label} scope="col" className="px-2 py-2">
                  <LabelChip label={label} size="xs" />
                </th>
              ))}
              {hasUnlabelled ? <th scope="col" className="px-2 py-2">not yet labelled</th> : null}
              <th scope="col" className="px-3 py-2">Statements carried faithfully</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-stone-200">
            {outlets.map((outlet) => (
              <tr key={outlet.articleId} data-testid="scorecard-row">
                <th scope="row" className="sticky left-0 max-w-[8rem] truncate bg-white px-3 py-1.5 text-left font-medium sm:max-w-none">{outlet.outletName}</th>
                <td className="px-2 py-1.5 whitespace-nowrap" title={describeDistortion(outlet.figures)} data-testid="scorecard-distortion">
                  <strong>{formatShare(outlet.figures.distortion)}</strong> <span className="hidden text-stone-600 sm:inline">({outlet.figures.distorted} of {outlet.figures.carried})</span>
                </td>
                <td className="px-2 py-1.5 whitespace-nowrap" title={describeCoverage(outlet.figures)} data-testid="scorecard-coverage">
                  <strong>{formatShare(outlet.figures.coverage)}</strong> <span className="hidden text-stone-600 sm:inline">({outlet.figures.carriedStatements} of {outlet.figures.statementCount})</span>
                </td>
                {LABELS_BY_SEVERITY.map((label) => (
                  <td key={label} className={`px-2 py-1.5 ${outlet.counts[label] === 0 ? "text-stone-400" : ""}`}>
                    {outlet.counts[label]}
                  </td>
                ))}
                {hasUnlabelled ? <td className="px-2 py-1.5">{outlet.unlabelled}</td> : null}
                <td className="px-3 py-1.5 whitespace-nowrap">
                  <strong>{percent(outlet.faithfulStatements, statementCount)}</strong>{" "}
                  <span className="text-stone-600">
                    ({outlet.faithfulStatements} of {statementCount})
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

function StackedBar({ score, max }: { score: OutletScore; max: number }) {
  const total = totalOf(score);
  const summary = LABELS.filter((label) => score.counts[label] > 0)
    .map((label) => `${score.counts[label]} ${label}`)
    .join(", ");
  let x = 0;
  return (
    <svg viewBox={`0 0 ${max} 1`} preserveAspectRatio="none" width="100%" height={BAR_HEIGHT} role="img" aria-label={`${score.outletName}: ${summary || "no claims"}`} className={BAR_CLASSES}>
      {LABELS.map((label) => {
        const count = score.counts[label];
        if (count === 0) return null;
        const segment = (
          <rect key={label} x={x} width={count} height={1} fill={LABEL_STYLES[label].fill}>
            <title>{`${score.outletName}: ${count} ${label} (${percent(count, total)})`}</title>
          </rect>
        );
        x += count;
        return segment;
      })}
    </svg>
  );
}
