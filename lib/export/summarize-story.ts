import { LABEL_SEVERITY, LABELS, type Label } from "@/lib/labels";
import type { ExportAppearance, ExportArticle, ExportClaim, StoryExport } from "./story-export";

/** One derivative's row of the scorecard: matrix cells by label, as on the story page. */
export interface OutletTally {
  article: ExportArticle;
  /** Cells (statements + new details, the most severe label per claim) by effective label. */
  counts: Record<Label, number>;
  /** Editor-linked appearances without a verdict yet. */
  unlabelled: number;
  /** Reference statements this outlet kept faithfully. */
  faithfulStatements: number;
}

/** How one outlet carries a changed claim: its wordings, each with the verdict in force. */
export interface ClaimOutletEntry {
  article: ExportArticle;
  appearances: ExportAppearance[];
}

export interface ChangedClaim {
  claim: ExportClaim;
  /** The statement a detail belongs to. */
  parent: ExportClaim | null;
  /** The most severe effective label any outlet got for it. */
  worst: Label;
  /** Outlets carrying the claim, in article order; each wording's label is the effective one. */
  outlets: ClaimOutletEntry[];
  omittedBy: ExportArticle[];
}

export interface StorySummary {
  reference: ExportArticle | null;
  derivatives: ExportArticle[];
  statementCount: number;
  detailCount: number;
  newClaimCount: number;
  /** Effective labels over every live derivative appearance. */
  labelTotals: Record<Label, number>;
  appearanceCount: number;
  /** Appearances an editor reviewed (confirmed or overrode). */
  reviewedCount: number;
  scorecard: OutletTally[];
  /** Claims at least one outlet changed (any effective label other than faithful), in claim order. */
  changedClaims: ChangedClaim[];
  /** Non-English articles and other analysis warnings, by article. */
  warnings: { article: ExportArticle; warning: string }[];
}

const emptyCounts = () => Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;

/**
 * The story at a glance, computed from export data: the outlet scorecard (the same cells the
 * matrix shows — per claim and outlet the most severe effective label, or omitted), label
 * totals and the changed claims. Shared by the Markdown export and the print view.
 */
export function summarizeStory(data: StoryExport): StorySummary {
  const reference = data.articles.find((article) => article.isReference) ?? null;
  const derivatives = data.articles.filter((article) => !article.isReference);
  const articleById = new Map(data.articles.map((article) => [article.id, article]));
  const live = data.claims.filter((claim) => !claim.isStale);
  const liveAppearances = (claim: ExportClaim) => claim.appearances.filter((appearance) => !appearance.isStale && appearance.articleId !== reference?.id);

  const scorecard = derivatives.map((article): OutletTally => ({ article, counts: emptyCounts(), unlabelled: 0, faithfulStatements: 0 }));
  const tallyOf = new Map(scorecard.map((tally) => [tally.article.id, tally]));
  for (const claim of live) {
    if (claim.kind !== "statement" && !claim.isNew) continue; // matrix rows shown collapsed
    const worstByArticle = new Map<string, Label | "unlabelled">();
    for (const appearance of liveAppearances(claim)) {
      const current = worstByArticle.get(appearance.articleId);
      const label = appearance.label ?? "unlabelled";
      if (current === undefined || current === "unlabelled" || (label !== "unlabelled" && LABEL_SEVERITY[label] > LABEL_SEVERITY[current])) worstByArticle.set(appearance.articleId, label);
    }
    for (const articleId of claim.omittedBy) if (!worstByArticle.has(articleId)) worstByArticle.set(articleId, "omitted");
    for (const [articleId, cell] of worstByArticle) {
      const tally = tallyOf.get(articleId);
      if (!tally) continue;
      if (cell === "unlabelled") tally.unlabelled += 1;
      else tally.counts[cell] += 1;
      if (claim.kind === "statement" && !claim.isNew && cell === "faithful") tally.faithfulStatements += 1;
    }
  }

  const labelTotals = emptyCounts();
  let appearanceCount = 0;
  let reviewedCount = 0;
  const changedClaims: ChangedClaim[] = [];
  const claimById = new Map(data.claims.map((claim) => [claim.id, claim]));
  for (const claim of live) {
    const appearances = liveAppearances(claim);
    for (const appearance of appearances) {
      appearanceCount += 1;
      if (appearance.isReviewed) reviewedCount += 1;
      if (appearance.label) labelTotals[appearance.label] += 1;
    }
    const changed = appearances.filter((appearance) => appearance.label && appearance.label !== "faithful");
    if (changed.length === 0) continue;
    const worst = changed.reduce<Label>((most, appearance) => (LABEL_SEVERITY[appearance.label!] > LABEL_SEVERITY[most] ? appearance.label! : most), "faithful");
    const outlets = derivatives.flatMap((article) => {
      const own = appearances.filter((appearance) => appearance.articleId === article.id);
      return own.length > 0 ? [{ article, appearances: own }] : [];
    });
    const omittedBy = claim.omittedBy.flatMap((id) => articleById.get(id) ?? []);
    changedClaims.push({ claim, parent: claim.parentId ? (claimById.get(claim.parentId) ?? null) : null, worst, outlets, omittedBy });
  }

  return {
    reference,
    derivatives,
    statementCount: live.filter((claim) => claim.kind === "statement" && !claim.isNew).length,
    detailCount: live.filter((claim) => claim.kind === "detail" && !claim.isNew).length,
    newClaimCount: live.filter((claim) => claim.isNew).length,
    labelTotals,
    appearanceCount,
    reviewedCount,
    scorecard,
    changedClaims,
    warnings: data.articles.flatMap((article) => article.warnings.map((warning) => ({ article, warning }))),
  };
}

/** "invented" → "Invented". */
export function capitalize(label: string): string {
  return `${label.charAt(0).toUpperCase()}${label.slice(1)}`;
}
