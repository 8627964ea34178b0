import { describeCopyChange, estimateLineage, MIN_MARGIN, type LineageEvidence, type LineageInput, type StoryLineage } from "@/lib/lineage";
import { markdownCell as cell, markdownText as oneLine } from "./markdown-text";
import type { StoryExport } from "./story-export";

/** An article as the lineage section names it. */
export interface LineageSectionArticle {
  id: string;
  outlet: string;
  title: string;
  /** ISO datetime or null. */
  publishedAt: string | null;
  isReference: boolean;
}

/** The lineage in the JSON export: each link with its evidence, and the shared new details. */
export interface LineageJson {
  /** Two candidates closer than this are reported as undecided. */
  minMargin: number;
  links: {
    article: { id: string; outlet: string };
    source: { id: string; outlet: string };
    score: number;
    margin: number;
    isUndecided: boolean;
    runnerUp: { id: string; outlet: string; score: number } | null;
    isOrderUncertain: boolean;
    /** Share (0–1) of the article's claims that differ from its source's, and the same in words. */
    changeShare: number;
    change: string;
    evidence: LineageEvidence[];
    sharedElsewhere: { key: string; text: string; articles: { id: string; outlet: string }[]; carrierCount: number }[];
  }[];
  sharedDetails: { key: string; carriers: { articleId: string; outlet: string; claimId: string; text: string; isFirstAppearance: boolean }[] }[];
}

export interface LineageSection {
  /** Articles in time order, for the print view's graph. */
  articles: LineageSectionArticle[];
  lineage: StoryLineage;
  json: LineageJson;
  /** A "## Lineage" section for the Markdown report (no trailing blank line). */
  markdown: string[];
}

/** Evidence lines listed per link in Markdown (the JSON has all). */
const MAX_MARKDOWN_EVIDENCE = 6;

/**
 * The story's lineage for the exports: computed from the export data alone (the same estimate as
 * the lineage page: articles in export order stand in for capture order), rendered as a JSON-ready
 * object and as Markdown lines. Pure.
 */
export function buildLineageSection(data: StoryExport): LineageSection {
  const lineage = estimateLineage(toLineageInput(data));
  const byId = new Map(data.articles.map((article) => [article.id, article]));
  const articles = lineage.order.map((id): LineageSectionArticle => {
    const article = byId.get(id)!;
    return { id, outlet: article.outlet.name, title: article.title, publishedAt: article.publishedAt, isReference: article.isReference };
  });
  const name = (id: string) => byId.get(id)?.outlet.name ?? id;
  const ref = (id: string) => ({ id, outlet: name(id) });

  const json: LineageJson = {
    minMargin: MIN_MARGIN,
    links: lineage.links.map((link) => ({
      article: ref(link.articleId),
      source: ref(link.sourceId),
      score: link.score,
      margin: link.margin,
      isUndecided: link.isUndecided,
      runnerUp: link.runnerUp ? { ...ref(link.runnerUp.sourceId), score: link.runnerUp.score } : null,
      isOrderUncertain: link.isOrderUncertain,
      changeShare: link.changeShare,
      change: describeCopyChange(link.changeShare).word,
      evidence: link.evidence,
      sharedElsewhere: link.sharedElsewhere.map((shared) => ({ key: shared.key, text: shared.text, articles: shared.articleIds.map(ref), carrierCount: shared.carrierCount })),
    })),
    sharedDetails: lineage.sharedDetails.map((group) => ({
      key: group.key,
      carriers: group.carriers.map((carrier, index) => ({ articleId: carrier.articleId, outlet: name(carrier.articleId), claimId: carrier.claimId, text: carrier.text, isFirstAppearance: index === 0 })),
    })),
  };
  return { articles, lineage, json, markdown: formatMarkdown(json) };
}

/** The export data as lineage input: sentences as text, live claims and appearances, labels in force. */
function toLineageInput(data: StoryExport): LineageInput {
  const live = data.claims.filter((claim) => !claim.isStale);
  return {
    articles: data.articles.map((article, index) => ({
      id: article.id,
      name: article.outlet.name,
      isReference: article.isReference,
      publishedAt: article.publishedAt ? new Date(article.publishedAt).getTime() : null,
      capturedAt: index,
      text: article.sentences.map((sentence) => sentence.text).join("\n"),
    })),
    claims: live.map((claim) => ({ id: claim.id, kind: claim.kind, isNew: claim.isNew, text: claim.text })),
    appearances: live.flatMap((claim) => claim.appearances.filter((appearance) => !appearance.isStale).map((appearance) => ({ claimId: claim.id, articleId: appearance.articleId, label: appearance.label, text: appearance.text }))),
  };
}

function formatMarkdown(json: LineageJson): string[] {
  const lines = [
    "## Lineage: who copied whom",
    "",
    `Each rewrite's most likely source among the other articles — the reference or an earlier rewrite — from what the reference cannot explain: details, wording and changed claims the two share, and the same omissions, weighed against what the rewrite carries that the candidate lacks. Two candidates within ${MIN_MARGIN} of each other are reported as undecided.`,
  ];
  if (json.links.length === 0) return [...lines, "", "No derivative to trace."];
  lines.push("", "| Article | Most likely source | Score (margin) | Changed from the source |", "| --- | --- | ---: | --- |");
  for (const link of json.links) {
    lines.push(`| ${cell(link.article.outlet)} | ${cell(describeSource(link))} | ${link.score.toFixed(2)} (${link.margin.toFixed(2)}) | ${Math.round(link.changeShare * 100)}% ${link.change} |`);
  }
  for (const link of json.links) {
    lines.push("", `### ${oneLine(link.article.outlet)} ← ${oneLine(describeSource(link))}`, "");
    const evidence = link.evidence.filter((item) => item.kind !== "order" || link.isOrderUncertain).slice(0, MAX_MARKDOWN_EVIDENCE);
    for (const item of evidence) lines.push(`- ${item.weight === 0 ? "±0.00" : `${item.weight > 0 ? "+" : "−"}${Math.abs(item.weight).toFixed(2)}`} ${oneLine(item.detail)}${quoteOf(item)}`);
    for (const shared of link.sharedElsewhere) lines.push(`- Shares with ${shared.articles.map((article) => oneLine(article.outlet)).join(", ")}${shared.carrierCount > shared.articles.length ? ` and ${shared.carrierCount - shared.articles.length} more` : ""}, not with its source: “${oneLine(shared.text)}” (the reference lacks it: a common upstream?)`);
  }
  if (json.sharedDetails.length > 0) {
    lines.push("", "### Details the reference lacks, carried by several outlets", "");
    for (const group of json.sharedDetails) {
      const [first, ...after] = group.carriers;
      if (!first) continue;
      lines.push(`- First in ${oneLine(first.outlet)}: “${oneLine(first.text)}”; then ${after.map((carrier) => `${oneLine(carrier.outlet)} (“${oneLine(carrier.text)}”)`).join(", ")}`);
    }
  }
  return lines;
}

function describeSource(link: LineageJson["links"][number]): string {
  return link.isUndecided && link.runnerUp ? `${link.source.outlet} or ${link.runnerUp.outlet}: undecided` : link.source.outlet;
}

function quoteOf(item: LineageEvidence): string {
  if (item.kind === "shared-passage") return `: “${oneLine(item.text)}”`;
  if (item.kind === "shared-error") return `: “${oneLine(item.text)}”`;
  if (item.kind === "shared-detail" && item.sourceText !== item.text) return ` (there: “${oneLine(item.sourceText)}”)`;
  return "";
}
