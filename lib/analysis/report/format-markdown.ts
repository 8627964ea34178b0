import type { SentenceLabel } from "../types";
import type { AnalysisReport, ReportArticle } from "./report-types";

const LABEL_ORDER: SentenceLabel[] = ["invented", "altered", "hardened", "softened", "added", "faithful"];
/** Long sentences are cut in the summary; the JSON report keeps them whole. */
const MAX_QUOTED_CHARS = 220;

/** A readable summary per article: label counts, every changed sentence with its reasons, omissions. */
export function formatMarkdownReport(report: AnalysisReport): string {
  const statements = new Map(report.reference.claims.filter((c) => c.kind === "statement").map((c) => [c.id, c.text]));
  const lines: string[] = [
    `# Provenance report: ${report.reference.title ?? report.reference.file}`,
    "",
    `Reference: \`${report.reference.file}\` — ${statements.size} statement claims, ${report.reference.claims.length - statements.size} details, ${report.reference.excluded.length} page-chrome spans excluded.`,
  ];
  for (const article of report.articles) lines.push("", ...formatArticle(article, statements));
  if (report.newClaims.length > 0) {
    lines.push("", "## New material shared by several outlets", "");
    const shared = report.newClaims.filter((claim) => claim.files.length > 1);
    if (shared.length === 0) lines.push("None: every new detail appears in one outlet only.");
    for (const claim of shared) lines.push(`- **${claim.label}** (${claim.detailType}) “${clip(claim.text)}” — ${claim.files.join(", ")}`);
  }
  return `${lines.join("\n")}\n`;
}

function formatArticle(article: ReportArticle, statements: Map<string, string>): string[] {
  const lines = [`## ${article.title ?? article.file}`, "", `File \`${article.file}\`, language ${article.language}.`];
  for (const warning of article.warnings) lines.push("", `> ⚠ ${warning}`);
  if (article.sentences.length === 0) return lines;
  const counts = LABEL_ORDER.map((label) => [label, article.sentences.filter((s) => s.label === label).length] as const).filter(([, n]) => n > 0);
  const omitted = article.omitted.filter((id) => statements.has(id));
  lines.push("", `${counts.map(([label, n]) => `${n} ${label}`).join(", ")}; ${omitted.length} reference statements omitted.`);
  for (const label of LABEL_ORDER.filter((l) => l !== "faithful")) {
    const sentences = article.sentences.filter((s) => s.label === label);
    if (sentences.length === 0) continue;
    lines.push("", `### ${label[0]?.toUpperCase()}${label.slice(1)}`);
    for (const sentence of sentences) {
      lines.push("", `- “${clip(sentence.text)}” (${sentence.start}–${sentence.end}, confidence ${sentence.confidence.toFixed(2)})`);
      const match = sentence.matches[0];
      if (match) lines.push(`  - reference ${match.claimId}: “${clip(statements.get(match.claimId) ?? "")}”`);
      for (const reason of sentence.reasons) lines.push(`  - \`${reason.code}\`: ${reason.detail}`);
    }
  }
  if (omitted.length > 0) {
    lines.push("", "### Omitted reference statements", "");
    for (const id of omitted) lines.push(`- ${id}: “${clip(statements.get(id) ?? "")}”`);
  }
  return lines;
}

function clip(text: string): string {
  return text.length > MAX_QUOTED_CHARS ? `${text.slice(0, MAX_QUOTED_CHARS - 1)}…` : text;
}
