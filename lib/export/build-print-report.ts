import { LABEL_SEVERITY, LABELS_BY_SEVERITY, type Label } from "@/lib/labels";
import { diffWording, type DiffPart } from "@/lib/text/diff-wording";
import type {
  ExportAppearance,
  ExportArticle,
  ExportClaim,
  ExportSentence,
  StoryExport,
} from "./story-export";
import { summarizeStory, type StorySummary } from "./summarize-story";

/** Labels that misstate the reference or change its certainty: each gets a section of the print report. */
export type ReportSectionLabel = Exclude<
  Label,
  "faithful" | "added" | "omitted"
>;

/**
 * The print report's sections, in the order an editor reads them: derived from the severity order
 * (lib/analysis/labels.ts) — what was made up, then what was changed, most to least serious —
 * down to the first label that is not a change of what the reference says. Faithful wordings are
 * not changes; added material (background, a one-word detail) and omissions go to the appendix.
 */
export const REPORT_SECTION_LABELS = LABELS_BY_SEVERITY.filter(
  (label): label is ReportSectionLabel =>
    LABEL_SEVERITY[label] > LABEL_SEVERITY.added,
);

/** One outlet's wording of a claim, with what a reader needs to judge it without the site. */
export interface ReportWording {
  appearance: ExportAppearance;
  article: ExportArticle;
  /** The derivative's sentence holding the wording (the wording itself when it has none). */
  sentence: string;
  /** From the reference's wording of the claim to the outlet's (null for new material or when too costly). */
  diff: DiffPart[] | null;
}

/** A claim in one section: the reference sentence once, then every wording with that label. */
export interface ReportItem {
  claim: ExportClaim;
  /** The reference sentence the claim comes from; null for new material. */
  referenceSentence: string | null;
  wordings: ReportWording[];
}

export interface ReportSection {
  label: ReportSectionLabel;
  /** Claims in reference order (then new material in order of first appearance). */
  items: ReportItem[];
  /** Wordings in the section: the same unit (COUNT_UNITS.wordings) as the summary's label totals. */
  wordingCount: number;
}

/** The appendix's dense lists. */
export interface ReportAppendix {
  /** Claims some outlet added to (background, a detail), each with the outlets' wordings. */
  added: { claim: ExportClaim; wordings: { outlet: string; text: string }[] }[];
  /** Reference statements left out, each with the outlets that omit it. */
  omitted: { claim: ExportClaim; outlets: string[] }[];
}

export interface PrintReport {
  summary: StorySummary;
  sections: ReportSection[];
  appendix: ReportAppendix;
}

/**
 * The print report's content (/stories/[slug]/report): the summary and scorecard of
 * summarizeStory (the counting module's figures, so they match the Markdown export and the story
 * page), then one section per REPORT_SECTION_LABELS label holding every live wording whose label
 * in force (the editor's wins) is that label, each with its sentence, the reference sentence and
 * the word diff; faithful and added wordings are left out of the sections. Pure.
 */
export function buildPrintReport(data: StoryExport): PrintReport {
  const summary = summarizeStory(data);
  const reference = summary.reference;
  const articleById = new Map(
    data.articles.map((article) => [article.id, article]),
  );
  const sentenceById = new Map<string, ExportSentence>(
    data.articles.flatMap((article) =>
      article.sentences.map((sentence) => [sentence.id, sentence] as const),
    ),
  );
  const referenceSentenceAt = (start: number | null) =>
    start === null || !reference
      ? null
      : (reference.sentences.findLast(
          (sentence) => sentence.start <= start && start < sentence.end,
        )?.text ?? null);
  const live = data.claims.filter((claim) => !claim.isStale);
  const isDerivativeWording = (appearance: ExportAppearance) =>
    !appearance.isStale &&
    appearance.articleId !== reference?.id &&
    articleById.has(appearance.articleId);
  const articleOrder = new Map(
    data.articles.map((article, index) => [article.id, index]),
  );

  const sections = REPORT_SECTION_LABELS.map((label): ReportSection => {
    const items = live.flatMap((claim): ReportItem[] => {
      const wordings = claim.appearances
        .filter(
          (appearance) =>
            isDerivativeWording(appearance) && appearance.label === label,
        )
        .sort(
          (a, b) =>
            articleOrder.get(a.articleId)! - articleOrder.get(b.articleId)! ||
            a.start - b.start,
        )
        .map((appearance): ReportWording => ({
          appearance,
          article: articleById.get(appearance.articleId)!,
          sentence:
            (appearance.sentenceId
              ? sentenceById.get(appearance.sentenceId)?.text
              : undefined) ?? appearance.text,
          diff: claim.isNew ? null : diffWording(claim.text, appearance.text),
        }));
      return wordings.length > 0
        ? [
            {
              claim,
              referenceSentence: claim.isNew
                ? null
                : referenceSentenceAt(claim.start),
              wordings,
            },
          ]
        : [];
    });
    return {
      label,
      items,
      wordingCount: items.reduce((sum, item) => sum + item.wordings.length, 0),
    };
  });

  const added = live.flatMap((claim) => {
    const wordings = claim.appearances.filter(
      (appearance) =>
        isDerivativeWording(appearance) && appearance.label === "added",
    );
    return wordings.length > 0
      ? [
          {
            claim,
            wordings: wordings.map((appearance) => ({
              outlet: articleById.get(appearance.articleId)!.outlet.name,
              text: appearance.text,
            })),
          },
        ]
      : [];
  });
  const omitted = live.flatMap((claim) => {
    const outlets = claim.omittedBy.flatMap((id) =>
      id === reference?.id ? [] : (articleById.get(id)?.outlet.name ?? []),
    );
    return claim.kind === "statement" && !claim.isNew && outlets.length > 0
      ? [{ claim, outlets }]
      : [];
  });
  return { summary, sections, appendix: { added, omitted } };
}
