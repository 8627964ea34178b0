import { COUNT_UNITS, formatCount } from "@/lib/counts/count-units";
import { LABELS } from "@/lib/labels";
import { formatExportDate } from "./format-export-date";
import { describeVerdictSource, groupCarriers, listOutlets } from "./group-carriers";
import { buildLineageSection } from "./lineage-section";
import { markdownCell as cell, markdownPipes as pipes, markdownText as oneLine } from "./markdown-text";
import { describeLocalAddress } from "./resolve-public-url";
import { formatRevisionsMarkdown } from "./revisions-section";
import type { ExportAppearance, ExportArticle, StoryExport } from "./story-export";
import { capitalize, summarizeStory, type ChangedClaim } from "./summarize-story";

/**
 * The story as a readable Markdown report: summary, outlet scorecard, every changed claim with
 * the reference's wording, each outlet's wording and the verdict in force (the editor's when
 * there is one, the machine's kept beside it) with its reasons and editor notes (outlets that
 * print a wording exactly the same way named together in one entry), then the
 * lineage (who copied whom), the articles and the changes after publication (revisions). The
 * print view (/stories/[slug]/report) shows the same content, ordered for paper.
 */
export function formatStoryMarkdown(data: StoryExport, options: { exportedAt?: Date; baseUrl?: string; isLocal?: boolean } = {}): string {
  const baseUrl = options.baseUrl?.replace(/\/+$/, "");
  const summary = summarizeStory(data);
  const { reference, derivatives } = summary;
  const exportedAt = (options.exportedAt ?? new Date()).toISOString();
  const lines: string[] = [`# ${oneLine(data.story.title)}`, ""];
  lines.push(`Provenance report exported from ClaimTrail on ${formatExportDate(exportedAt)}${data.story.analyzedAt ? `; analysed ${formatExportDate(data.story.analyzedAt)}` : "; not analysed yet"}.`);
  if (baseUrl) lines.push("", `Story page: <${baseUrl}/stories/${data.story.slug}>`);
  if (baseUrl && options.isLocal) lines.push("", `> ⚠ ${describeLocalAddress(baseUrl)}`);

  lines.push("", "## Summary", "");
  lines.push(reference ? `- Reference: **${oneLine(reference.outlet.name)}** — ${articleLink(reference)}, published ${formatExportDate(reference.publishedAt)}${reference.byline ? `, by ${oneLine(reference.byline)}` : ""}` : "- No reference article yet: nothing has been compared.");
  lines.push(`- ${derivatives.length} derivative ${derivatives.length === 1 ? "article" : "articles"}${derivatives.length ? `: ${derivatives.map((article) => oneLine(article.outlet.name)).join(", ")}` : ""}`);
  lines.push(`- ${summary.statementCount} reference statements with ${summary.detailCount} details; ${summary.newClaimCount} new details introduced by the rewrites`);
  const totals = LABELS.filter((label) => summary.labelTotals[label] > 0).map((label) => `${summary.labelTotals[label]} ${label}`);
  lines.push(`- ${formatCount(summary.appearanceCount, "wordings")} in the rewrites${totals.length ? `: ${totals.join(", ")}` : ""}; ${summary.reviewedCount} reviewed by an editor (counted in ${COUNT_UNITS.wordings.explanation})`);
  lines.push(`- ${summary.changedClaims.length} claims changed by at least one outlet (listed below)`);
  for (const { article, warning } of summary.warnings) lines.push("", `> ⚠ ${oneLine(article.outlet.name)}: ${oneLine(warning)}`);

  if (summary.scorecard.length > 0) {
    lines.push("", "## Scorecard", "", `Counted in ${COUNT_UNITS.claims.explanation}: the reference's statements (carried or omitted) plus the new details it introduced.`, "");
    lines.push(`| Outlet | ${LABELS.join(" | ")} | statements kept faithfully |`, `| --- | ${LABELS.map(() => "---:").join(" | ")} | ---: |`);
    for (const tally of summary.scorecard) {
      lines.push(`| ${cell(tally.article.outlet.name)} | ${LABELS.map((label) => tally.counts[label]).join(" | ")} | ${tally.faithfulStatements} of ${summary.statementCount} |`);
    }
  }

  if (summary.changedClaims.length > 0) {
    lines.push("", "## Changed claims");
    summary.changedClaims.forEach((changed, index) => lines.push("", ...formatChangedClaim(changed, index + 1, baseUrl)));
  }

  lines.push("", ...buildLineageSection(data).markdown);

  lines.push("", "## Articles", "", "| Outlet | Kind | Published | Title | Language |", "| --- | --- | --- | --- | --- |");
  for (const article of data.articles) {
    lines.push(`| ${cell(article.outlet.name)}${article.isReference ? " (reference)" : ""} | ${article.outlet.kind} | ${formatExportDate(article.publishedAt)} | ${pipes(articleLink(article))} | ${article.language} |`);
  }
  const provenance = data.articles.filter((article) => article.capturedFrom || article.sourceNotes);
  if (provenance.length > 0) {
    lines.push("", "### Where the texts came from", "");
    for (const article of provenance) lines.push(`- **${oneLine(article.outlet.name)}**${article.isReference ? " (reference)" : ""}: ${describeProvenance(article)}`);
  }
  const revisions = formatRevisionsMarkdown(data.revisions);
  if (revisions.length > 0) lines.push("", ...revisions);
  while (lines.at(-1) === "") lines.pop();
  return `${lines.join("\n")}\n`;
}

/** A heading for a changed claim: "3. Invented — new quote", "1. Hardened — statement c2". */
export function describeChangedClaim(changed: ChangedClaim): string {
  const { claim } = changed;
  const what = claim.isNew ? `new ${claim.detailType ?? "material"}` : claim.kind === "statement" ? `statement ${claim.reportId}` : `${claim.detailType ?? "detail"} ${claim.reportId}`;
  return `${capitalize(changed.worst)} — ${what}`;
}

function formatChangedClaim(changed: ChangedClaim, number: number, baseUrl: string | undefined): string[] {
  const { claim } = changed;
  const lines = [`### ${number}. ${describeChangedClaim(changed)}`, ""];
  if (baseUrl) lines.push(`Claim page: <${baseUrl}/claims/${claim.id}>`, "");
  if (claim.isNew) lines.push(`Not in the reference. First worded: “${oneLine(claim.text)}”`);
  else lines.push(`**Reference:** “${oneLine(claim.text)}”`);
  if (changed.parent) lines.push("", `In the statement: “${oneLine(changed.parent.text)}”`);
  for (const note of claim.notes) lines.push("", `Editor note on the claim: ${oneLine(note)}`);
  // Outlets printing the same wording exactly so (syndicated copies) share one entry naming them all.
  const carried = changed.outlets.flatMap(({ article, appearances }) => appearances.map((appearance) => ({ article, appearance })));
  const groups = groupCarriers(
    carried,
    ({ appearance }) => JSON.stringify([appearance.label, describeVerdictSource(appearance), appearance.text, appearance.reasons, appearance.editorNote, appearance.notes]),
    ({ article }) => oneLine(article.outlet.name),
  );
  for (const { first, outlets } of groups) lines.push("", ...formatAppearance(listOutlets(outlets), first.appearance));
  if (changed.omittedBy.length > 0) lines.push("", `Omitted by: ${changed.omittedBy.map((article) => oneLine(article.outlet.name)).join(", ")}`);
  return lines;
}

function formatAppearance(outlets: string, appearance: ExportAppearance): string[] {
  const verdict = appearance.label ? capitalize(appearance.label) : "Not yet labelled";
  const lines = [`- **${outlets}** — **${verdict}** (${describeVerdictSource(appearance)})`, `  > ${oneLine(appearance.text)}`];
  for (const reason of appearance.reasons) lines.push(`  - \`${reason.code.replace(/`/g, "")}\`: ${oneLine(reason.detail)}`);
  for (const note of [appearance.editorNote, ...appearance.notes]) if (note) lines.push(`  - Editor note: ${oneLine(note)}`);
  return lines;
}

/** "Reuters exclusive republished by Daily8 … (text captured from <https://…>)". */
export function describeProvenance(article: Pick<ExportArticle, "capturedFrom" | "sourceNotes">): string {
  const parts = [article.sourceNotes ? oneLine(article.sourceNotes) : null, article.capturedFrom ? `text captured from <${article.capturedFrom.replace(/[<>\s]/g, encodeURIComponent)}>` : null];
  return parts.filter(Boolean).join("; ");
}

function articleLink(article: ExportArticle): string {
  const title = `“${oneLine(article.title).replace(/[[\]]/g, "\\$&")}”`;
  return article.url ? `[${title}](${article.url.replace(/[()<>\s]/g, encodeURIComponent)})` : title;
}
