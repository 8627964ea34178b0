import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { LIVE_CLAIM } from "@/lib/counts/stage-story";
import { getEffectiveLabel, LABEL_SEVERITY, type Label } from "@/lib/labels";
import { diffWording, type DiffPart } from "@/lib/text/diff-wording";
import { reasonSchema } from "@/lib/validation/analysis-report";

/**
 * Wordings shown in full per outlet; the rest are listed as links to their sentences. An outlet
 * rarely repeats a claim more than twice, and the cap keeps a 50-outlet page to a few hundred KB.
 */
export const MAX_APPEARANCES_PER_OUTLET = 3;

export type { DiffPart } from "@/lib/text/diff-wording";

export interface ClaimReason {
  code: string;
  detail: string;
  evidence?: { reference?: string; derivative?: string };
}

export interface ClaimAppearanceView {
  id: string;
  text: string;
  /** Sentence.index for the reader's #s-N anchor; null when the span has no sentence. */
  sentenceIndex: number | null;
  label: Label | null;
  machineLabel: Label | null;
  editorLabel: Label | null;
  editorNote: string | null;
  /** Who gave the editor verdict, and when. */
  editorName: string | null;
  editedAt: Date | null;
  isReviewed: boolean;
  isStale: boolean;
  /** Linked by an editor rather than found by the machine. */
  isHandLinked: boolean;
  /** Its text was re-imported and the span could not be found again (kept, not shown in the reader). */
  isOrphaned: boolean;
  /** Optimistic concurrency: a verdict save must send the version it read. */
  version: number;
  confidence: number | null;
  reasons: ClaimReason[];
  /** Word diff from the base wording to this one; null for the base itself or when too costly. */
  diff: DiffPart[] | null;
}

export interface ClaimOutletBlock {
  articleId: string;
  outlet: string;
  outletKind: string;
  title: string;
  publishedAt: Date | null;
  isReference: boolean;
  /** The most severe first, at most MAX_APPEARANCES_PER_OUTLET. */
  appearances: ClaimAppearanceView[];
  /** Further wordings in the same article, by sentence (no diff, to keep the page light). */
  moreAppearances: { id: string; sentenceIndex: number | null; label: Label | null }[];
}

export interface ClaimPage {
  id: string;
  text: string;
  kind: "statement" | "detail";
  detailType: string | null;
  isNew: boolean;
  isStale: boolean;
  /** An editor's "not a claim" (lib/counts/claim-dismissal.ts): hidden everywhere but this page. */
  dismissal: { reason: string | null; at: Date; by: string | null } | null;
  /** Editors may reword the claims editors created. */
  isEditorCreated: boolean;
  story: { slug: string; title: string };
  parent: { id: string; text: string } | null;
  details: { id: string; text: string; detailType: string | null }[];
  /** What the diffs compare with: the reference's wording, or for new material the first outlet's. */
  base: { text: string; isReference: boolean };
  /** Reference first, then derivatives by publication date: only outlets that carry the claim. */
  outlets: ClaimOutletBlock[];
  omittedBy: { articleId: string; outlet: string }[];
  /** For new material: the derivative outlets that carry it (they introduced it). */
  introducedBy: string[];
}

/**
 * A claim with every outlet's wording, word diffs against the base wording, verdicts and omissions;
 * null if unknown or under a stage story (lib/counts/stage-story.ts). Its appearances and omissions
 * are then its live story's own; its details are read with the same rule.
 */
export async function getClaim(id: string, db: Db = appDb): Promise<ClaimPage | null> {
  const claim = await db.claim.findUnique({
    where: { id, ...LIVE_CLAIM },
    select: {
      id: true,
      text: true,
      kind: true,
      detailType: true,
      isNew: true,
      isStale: true,
      createdBy: true,
      dismissal: { select: { reason: true, at: true, dismissedBy: { select: { name: true, email: true } } } },
      story: {
        select: {
          slug: true,
          title: true,
          referenceArticleId: true,
          articles: { select: { id: true, title: true, publishedAt: true, createdAt: true, outlet: { select: { name: true, kind: true } } } },
        },
      },
      parent: { select: { id: true, text: true } },
      details: { where: LIVE_CLAIM, orderBy: { position: "asc" }, select: { id: true, text: true, detailType: true } },
      appearances: {
        orderBy: [{ articleId: "asc" }, { start: "asc" }],
        select: {
          id: true,
          articleId: true,
          text: true,
          machineLabel: true,
          machineConfidence: true,
          machineReasons: true,
          editorLabel: true,
          editorNote: true,
          editedAt: true,
          editor: { select: { name: true, email: true } },
          foundBy: true,
          anchor: true,
          version: true,
          isReviewed: true,
          isStale: true,
          sentence: { select: { index: true } },
        },
      },
      omissions: { select: { articleId: true } },
    },
  });
  if (!claim) return null;
  const { story } = claim;
  const articles = [...story.articles].sort(
    (a, b) =>
      Number(b.id === story.referenceArticleId) - Number(a.id === story.referenceArticleId) ||
      (a.publishedAt?.getTime() ?? Infinity) - (b.publishedAt?.getTime() ?? Infinity) ||
      a.createdAt.getTime() - b.createdAt.getTime(),
  );
  const base = { text: claim.text, isReference: !claim.isNew };
  const outlets = articles.flatMap((article): ClaimOutletBlock[] => {
    const isReference = article.id === story.referenceArticleId;
    const inArticle = claim.appearances
      .filter((appearance) => appearance.articleId === article.id)
      .map((appearance) => ({ appearance, label: getEffectiveLabel(appearance) }))
      .sort((a, b) => (b.label ? LABEL_SEVERITY[b.label] : -1) - (a.label ? LABEL_SEVERITY[a.label] : -1));
    const appearances = inArticle
      .slice(0, MAX_APPEARANCES_PER_OUTLET)
      .map(({ appearance, label }) => ({
        id: appearance.id,
        text: appearance.text,
        sentenceIndex: appearance.sentence?.index ?? null,
        label,
        machineLabel: appearance.machineLabel,
        editorLabel: appearance.editorLabel,
        editorNote: appearance.editorNote,
        editorName: appearance.editor ? (appearance.editor.name ?? appearance.editor.email) : null,
        editedAt: appearance.editedAt,
        isReviewed: appearance.isReviewed,
        isStale: appearance.isStale,
        isHandLinked: appearance.foundBy === "editor",
        isOrphaned: appearance.anchor === "orphaned",
        version: appearance.version,
        confidence: appearance.machineConfidence,
        reasons: parseReasons(appearance.machineReasons),
        diff: isReference && base.isReference ? null : diffWording(base.text, appearance.text),
      }));
    if (appearances.length === 0) return [];
    const moreAppearances = inArticle
      .slice(MAX_APPEARANCES_PER_OUTLET)
      .map(({ appearance, label }) => ({ id: appearance.id, sentenceIndex: appearance.sentence?.index ?? null, label }));
    return [{ articleId: article.id, outlet: article.outlet.name, outletKind: article.outlet.kind, title: article.title, publishedAt: article.publishedAt, isReference, appearances, moreAppearances }];
  });
  const omitted = new Set(claim.omissions.map((omission) => omission.articleId));
  return {
    id: claim.id,
    text: claim.text,
    kind: claim.kind,
    detailType: claim.detailType,
    isNew: claim.isNew,
    isStale: claim.isStale,
    dismissal: claim.dismissal ? { reason: claim.dismissal.reason, at: claim.dismissal.at, by: claim.dismissal.dismissedBy ? (claim.dismissal.dismissedBy.name ?? claim.dismissal.dismissedBy.email) : null } : null,
    isEditorCreated: claim.createdBy === "editor",
    story: { slug: story.slug, title: story.title },
    parent: claim.parent,
    details: claim.details,
    base,
    outlets,
    omittedBy: articles.filter((article) => omitted.has(article.id)).map((article) => ({ articleId: article.id, outlet: article.outlet.name })),
    introducedBy: claim.isNew ? outlets.filter((block) => !block.isReference).map((block) => block.outlet) : [],
  };
}


/** Stored reasons, keeping only well-formed entries (the column is JSON the machine wrote). */
function parseReasons(value: unknown): ClaimReason[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item) => {
    const parsed = reasonSchema.safeParse(item);
    return parsed.success ? [parsed.data] : [];
  });
}
