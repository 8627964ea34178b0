import "server-only";
import { db as appDb, type Db } from "@/lib/db";
import { LIVE_STORY } from "@/lib/counts/stage-story";
import { getEffectiveLabel, LABELS, type Label } from "@/lib/labels";
import { diffWording, type DiffPart } from "@/lib/text/diff-wording";
import { parseReasons, type ReaderReason } from "./get-article-reader";
import { STORY_ARTICLE_ORDER } from "@/lib/pipeline/story-order";

/** The labels that say an outlet changed or added something (faithful is not a change, omitted has no wording). */
export const CHANGE_LABELS: readonly Label[] = LABELS.filter((label) => label !== "faithful" && label !== "omitted");

export interface OutletChange {
  appearanceId: string;
  label: Label;
  /** Who set the label in force: an editor's name, or null for the machine's verdict. */
  editorName: string | null;
  isReviewed: boolean;
  /** The outlet's wording of the claim and where it sits in the sentence. */
  text: string;
  fragmentStart: number;
  fragmentEnd: number;
  claim: { id: string; text: string; kind: "statement" | "detail"; detailType: string | null; isNew: boolean };
  /** The reference sentence the claim comes from (null for new material). */
  referenceSentence: { text: string; index: number } | null;
  reasons: ReaderReason[];
  /** Word diff from the reference's wording of the claim to the outlet's (null for new material or when too costly). */
  diff: DiffPart[] | null;
}

export interface OutletChangedSentence {
  /** Sentence.index (the reader's #s-N anchor); null for a span outside every sentence. */
  index: number | null;
  text: string;
  changes: OutletChange[];
}

export interface OutletChanges {
  story: { slug: string; title: string; referenceArticleId: string | null };
  outlet: { id: string; name: string; kind: string };
  articles: { id: string; title: string; url: string | null; publishedAt: Date | null; isReference: boolean; sentences: OutletChangedSentence[] }[];
  /** Changes per label, every article of the outlet together (labels without changes left out). */
  counts: { label: Label; count: number }[];
  /** The reference statements the outlet's articles leave out, in reference order. */
  omitted: { claimId: string; text: string }[];
}

/**
 * Everything one outlet changed or added in a story, for a fact-checker's write-up: per article,
 * each sentence holding a change, with every changed claim in it (the label in force, reasons,
 * the reference sentence and a word diff), then the reference statements it omits. Null when the
 * story or the outlet is unknown, or the outlet has no article in the story. A stage story is no
 * story, and its rows on the outlet's articles are not the story's (lib/counts/stage-story.ts).
 */
export async function getOutletChanges(storySlug: string, outletId: string, db: Db = appDb): Promise<OutletChanges | null> {
  const [story, outlet] = await Promise.all([
    db.story.findUnique({
      where: { slug: storySlug, ...LIVE_STORY },
      select: { id: true, slug: true, title: true, referenceArticleId: true, articles: { where: { outletId }, orderBy: STORY_ARTICLE_ORDER, select: { id: true, title: true, url: true, publishedAt: true } } },
    }),
    db.outlet.findUnique({ where: { id: outletId }, select: { id: true, name: true, kind: true } }),
  ]);
  if (!story || !outlet || story.articles.length === 0) return null;
  const articleIds = story.articles.map((article) => article.id);
  const [appearances, referenceSentences, omissions] = await Promise.all([
    db.claimAppearance.findMany({
      where: { articleId: { in: articleIds }, claim: { storyId: story.id }, isStale: false, anchor: { not: "orphaned" }, NOT: { articleId: story.referenceArticleId ?? "" } },
      orderBy: [{ start: "asc" }, { end: "desc" }],
      select: {
        id: true,
        articleId: true,
        start: true,
        text: true,
        machineLabel: true,
        editorLabel: true,
        machineReasons: true,
        isReviewed: true,
        editor: { select: { name: true, email: true } },
        sentence: { select: { index: true, text: true, start: true } },
        claim: { select: { id: true, text: true, kind: true, detailType: true, isNew: true, start: true, position: true } },
      },
    }),
    story.referenceArticleId
      ? db.sentence.findMany({ where: { articleId: story.referenceArticleId }, orderBy: { start: "asc" }, select: { index: true, text: true, start: true, end: true } })
      : Promise.resolve([]),
    db.omission.findMany({
      where: { articleId: { in: articleIds }, claim: { kind: "statement", storyId: story.id } },
      orderBy: { claim: { position: "asc" } },
      select: { claim: { select: { id: true, text: true } } },
    }),
  ]);
  const referenceSentenceAt = (start: number | null) => (start === null ? null : (referenceSentences.findLast((sentence) => sentence.start <= start && start < sentence.end) ?? null));
  const counts = new Map<Label, number>();
  const articles = story.articles.map((article) => {
    const sentences = new Map<string, OutletChangedSentence>();
    for (const appearance of appearances) {
      const label = getEffectiveLabel(appearance);
      if (appearance.articleId !== article.id || !label || !CHANGE_LABELS.includes(label)) continue;
      counts.set(label, (counts.get(label) ?? 0) + 1);
      const sentence = appearance.sentence;
      const key = sentence ? `s${sentence.index}` : `a${appearance.id}`;
      const group = sentences.get(key) ?? { index: sentence?.index ?? null, text: sentence?.text ?? appearance.text, changes: [] };
      const fragmentStart = sentence ? Math.min(Math.max(appearance.start - sentence.start, 0), sentence.text.length) : 0;
      const reference = appearance.claim.isNew ? null : referenceSentenceAt(appearance.claim.start);
      group.changes.push({
        appearanceId: appearance.id,
        label,
        editorName: appearance.editorLabel && appearance.editor ? (appearance.editor.name ?? appearance.editor.email) : null,
        isReviewed: appearance.isReviewed,
        text: appearance.text,
        fragmentStart,
        fragmentEnd: Math.min(fragmentStart + appearance.text.length, group.text.length),
        claim: { id: appearance.claim.id, text: appearance.claim.text, kind: appearance.claim.kind, detailType: appearance.claim.detailType, isNew: appearance.claim.isNew },
        referenceSentence: reference ? { text: reference.text, index: reference.index } : null,
        reasons: parseReasons(appearance.machineReasons),
        diff: appearance.claim.isNew ? null : diffWording(appearance.claim.text, appearance.text),
      });
      sentences.set(key, group);
    }
    return {
      id: article.id,
      title: article.title,
      url: article.url,
      publishedAt: article.publishedAt,
      isReference: article.id === story.referenceArticleId,
      sentences: [...sentences.values()].sort((a, b) => (a.index ?? Infinity) - (b.index ?? Infinity)),
    };
  });
  const omitted = [...new Map(omissions.map((omission) => [omission.claim.id, { claimId: omission.claim.id, text: omission.claim.text }])).values()];
  return {
    story: { slug: story.slug, title: story.title, referenceArticleId: story.referenceArticleId },
    outlet,
    articles,
    counts: CHANGE_LABELS.flatMap((label) => (counts.has(label) ? [{ label, count: counts.get(label)! }] : [])),
    omitted,
  };
}
