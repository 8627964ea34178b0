import { formatDate } from "@/app/_components/format-date";
import { CHANGE_BANDS, describeCopyChange, type ChangeBand, type LineageLink, type SharedDetailGroup } from "@/lib/lineage";

/** What the graph needs of each article, in time order. */
export interface LineageGraphArticle {
  id: string;
  outlet: string;
  publishedAt: Date | null;
  isReference: boolean;
}

/**
 * Edge styles by how much the copy changed its source. Never colour alone: the line gets wider as
 * the change grows, and each row says the share in words with the band's glyph. Colours are at
 * least 4.5:1 on white (Tailwind emerald-700, amber-700, red-700).
 */
export const CHANGE_BAND_STYLES: Record<ChangeBand, { stroke: string; width: number; icon: string }> = {
  little: { stroke: "#047857", width: 1.5, icon: "○" },
  some: { stroke: "#b45309", width: 2.5, icon: "◐" },
  much: { stroke: "#b91c1c", width: 3.5, icon: "●" },
};

/** Row height in SVG units: two lines of 13px text. */
const ROW = 44;
/** Room above the first row for the shared-detail column labels. */
const TOP = 36;
/** Nodes sit at this x; edges bend left of it, up to ARC_MAX. */
const NODE_X = 200;
const ARC_MAX = 185;
const WIDTH = 640;
/** Shared details drawn as columns on the right (the rest are listed under the graph). */
const MAX_DETAIL_COLUMNS = 3;
const DETAIL_COLUMN_GAP = 46;
/** Articles drawn: past this the graph would be taller than any screen; the table lists them all. */
export const MAX_GRAPH_ARTICLES = 150;

/**
 * The lineage graph: articles top to bottom in time order, an arrow from each one's most likely
 * source, coloured and widened by how much the copy changed; dashed when undecided (with a grey
 * dashed arrow from the runner-up). Dotted columns on the right join the carriers of details the
 * reference lacks. Server-rendered SVG: it reads without JavaScript, and it prints.
 */
export function LineageGraph({ articles, links, sharedDetails }: { articles: readonly LineageGraphArticle[]; links: readonly LineageLink[]; sharedDetails: readonly SharedDetailGroup[] }) {
  const shown = articles.slice(0, MAX_GRAPH_ARTICLES);
  const rowOf = new Map(shown.map((article, index) => [article.id, index]));
  const nameOf = new Map(articles.map((article) => [article.id, article.outlet]));
  const y = (row: number) => TOP + row * ROW + ROW / 2;
  const columns = sharedDetails.slice(0, MAX_DETAIL_COLUMNS);
  const height = TOP + shown.length * ROW + 8;
  const linkOf = new Map(links.map((link) => [link.articleId, link]));
  const summary = `${articles.length} articles in time order. ${links
    .map((link) => `${nameOf.get(link.articleId)} from ${link.isUndecided && link.runnerUp ? `${nameOf.get(link.sourceId)} or ${nameOf.get(link.runnerUp.sourceId)} (undecided)` : nameOf.get(link.sourceId)}`)
    .join("; ")}.`;

  return (
    <svg viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby="lineage-graph-title lineage-graph-desc" className="max-w-4xl font-sans" data-testid="lineage-graph">
      <title id="lineage-graph-title">Lineage graph: who most likely copied whom</title>
      <desc id="lineage-graph-desc">{summary}</desc>
      <defs>
        {Object.entries(CHANGE_BAND_STYLES).map(([band, style]) => (
          <marker key={band} id={`arrow-${band}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
            <path d="M0,0 L10,5 L0,10 z" fill={style.stroke} />
          </marker>
        ))}
        <marker id="arrow-runner-up" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto-start-reverse">
          <path d="M0,0 L10,5 L0,10 z" fill="#78716c" />
        </marker>
      </defs>

      {columns.map((group, index) => {
        const x = WIDTH - 24 - index * DETAIL_COLUMN_GAP;
        const rows = group.carriers.map((carrier) => rowOf.get(carrier.articleId)).filter((row): row is number => row !== undefined);
        if (rows.length < 2) return null;
        const label = group.key.startsWith("word:") ? group.key.slice(5) : (group.carriers[0]?.text ?? "");
        return (
          <g key={group.key} data-testid="lineage-shared-detail">
            <text x={x} y={TOP - 12} textAnchor="middle" fontSize="12" fill="#1c1917">
              ◆ {label.length > 10 ? `${label.slice(0, 9)}…` : label}
            </text>
            <line x1={x} x2={x} y1={y(Math.min(...rows))} y2={y(Math.max(...rows))} stroke="#57534e" strokeWidth="1.5" strokeDasharray="2 3" />
            {rows.map((row, i) => (
              <circle key={row} cx={x} cy={y(row)} r={i === 0 ? 6 : 4.5} fill={i === 0 ? "#1c1917" : "#ffffff"} stroke="#1c1917" strokeWidth="1.5">
                <title>{`${nameOf.get(group.carriers[i]!.articleId)}: “${group.carriers[i]!.text}”${i === 0 ? " (first appearance)" : ""}`}</title>
              </circle>
            ))}
          </g>
        );
      })}

      {links.map((link) => {
        const to = rowOf.get(link.articleId);
        if (to === undefined) return null;
        const band = describeCopyChange(link.changeShare).band;
        const style = CHANGE_BAND_STYLES[band];
        const edges = [{ from: rowOf.get(link.sourceId), isRunnerUp: false }, ...(link.isUndecided && link.runnerUp ? [{ from: rowOf.get(link.runnerUp.sourceId), isRunnerUp: true }] : [])];
        return edges.map(({ from, isRunnerUp }) => {
          if (from === undefined) return null;
          const bend = Math.min(ARC_MAX, 24 + Math.abs(to - from) * ROW * 0.45);
          const [y1, y2] = [y(from), y(to)];
          return (
            <path
              key={`${link.articleId}-${isRunnerUp ? "runner-up" : "source"}`}
              d={`M ${NODE_X - 8} ${y1} C ${NODE_X - bend} ${y1}, ${NODE_X - bend} ${y2}, ${NODE_X - 9} ${y2}`}
              fill="none"
              stroke={isRunnerUp ? "#78716c" : style.stroke}
              strokeWidth={isRunnerUp ? 1.5 : style.width}
              strokeDasharray={link.isUndecided ? "6 4" : undefined}
              markerEnd={`url(#arrow-${isRunnerUp ? "runner-up" : band})`}
              data-testid="lineage-edge"
            />
          );
        });
      })}

      {shown.map((article, row) => {
        const link = linkOf.get(article.id);
        const band = link ? describeCopyChange(link.changeShare) : null;
        const source = link ? (link.isUndecided && link.runnerUp ? `${nameOf.get(link.sourceId)} or ${nameOf.get(link.runnerUp.sourceId)}: undecided` : `from ${nameOf.get(link.sourceId)}`) : "";
        return (
          <a key={article.id} href={`/articles/${article.id}`} aria-label={`${article.outlet}, ${formatDate(article.publishedAt)}`}>
            <circle cx={NODE_X} cy={y(row)} r="7" fill={article.isReference ? "#1c1917" : "#ffffff"} stroke="#1c1917" strokeWidth="2" />
            <text x={NODE_X + 16} y={y(row) - 3} fontSize="14" fill="#1c1917">
              <tspan fontWeight="600" textDecoration="underline">
                {article.outlet}
              </tspan>
              <tspan fill="#57534e" dx="8">
                {formatDate(article.publishedAt)}
              </tspan>
            </text>
            <text x={NODE_X + 16} y={y(row) + 14} fontSize="12" fill="#44403c">
              {article.isReference ? "★ reference" : link && band ? `${source} · ${CHANGE_BAND_STYLES[band.band].icon} ${Math.round(link.changeShare * 100)}% ${band.word}` : ""}
            </text>
          </a>
        );
      })}
    </svg>
  );
}

/** The graph's key: change bands, undecided, shared details; glyph, word and colour each. */
export function LineageGraphKey() {
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm text-stone-700" aria-label="Graph key">
      {CHANGE_BANDS.map(({ band, below, word }, index) => (
        <li key={band} className="inline-flex items-center gap-1.5">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="0" x2="28" y1="5" y2="5" stroke={CHANGE_BAND_STYLES[band].stroke} strokeWidth={CHANGE_BAND_STYLES[band].width} />
          </svg>
          {CHANGE_BAND_STYLES[band].icon} {word} ({describeRange(index === 0 ? 0 : CHANGE_BANDS[index - 1]!.below, below)} of its claims differ from its source)
        </li>
      ))}
      <li className="inline-flex items-center gap-1.5">
        <svg width="28" height="10" aria-hidden="true">
          <line x1="0" x2="28" y1="5" y2="5" stroke="#57534e" strokeWidth="2" strokeDasharray="6 4" />
        </svg>
        dashed: undecided between two sources
      </li>
      <li className="inline-flex items-center gap-1.5">◆ dotted column: a detail the reference lacks, shared by these articles (● first appearance)</li>
    </ul>
  );
}

function describeRange(from: number, below: number): string {
  const pct = (share: number) => `${Math.round(share * 100)}%`;
  if (from === 0) return `under ${pct(below)}`;
  return below === Infinity ? `${pct(from)} or more` : `${pct(from)}–${pct(below)}`;
}
