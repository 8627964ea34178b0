import type { Db, Tx } from "@/lib/db";
import { recordArticleRevision } from "./record-article-revision";
import type { LoadedArticle, LoadedStory } from "./load-story-folder";
import { writeAuditLog } from "./write-audit-log";

export interface SaveStoryResult {
  storyId: string;
  slug: string;
  /** Articles created by this call (existing ones, matched by content hash, are left alone). */
  createdArticleIds: string[];
  isNewStory: boolean;
}

/**
 * Writes a loaded story in one transaction: outlets by name, the story by slug, articles by
 * content hash, and the reference. Running it again with the same input changes nothing.
 */
export async function saveStory(db: Db, story: LoadedStory, actorLabel = "seed"): Promise<SaveStoryResult> {
  return db.$transaction(async (tx) => {
    const { manifest } = story;
    const existing = await tx.story.findUnique({ where: { slug: manifest.slug } });
    const storyRow =
      existing ?? (await tx.story.create({ data: { slug: manifest.slug, title: manifest.title } }));
    if (existing && existing.title !== manifest.title) {
      await tx.story.update({ where: { id: existing.id }, data: { title: manifest.title } });
    }

    const createdArticleIds: string[] = [];
    let referenceId: string | null = null;
    for (const article of story.articles) {
      const outletId = await upsertOutlet(tx, article);
      const found = await tx.article.findUnique({
        where: { storyId_contentHash: { storyId: storyRow.id, contentHash: article.contentHash } },
        select: { id: true },
      });
      const id = found?.id ?? (await createArticle(tx, storyRow.id, outletId, article));
      if (!found) createdArticleIds.push(id);
      if (!found) await recordArticleRevision(tx, id, { rawText: article.rawText, contentHash: article.contentHash }, article.capturedAt);
      if (article.isReference) referenceId = id;
    }
    if (referenceId && storyRow.referenceArticleId !== referenceId) {
      await tx.story.update({ where: { id: storyRow.id }, data: { referenceArticleId: referenceId } });
    }

    if (!existing || createdArticleIds.length > 0) {
      await writeAuditLog(tx, {
        actorId: null,
        actorLabel,
        action: existing ? "story.import" : "story.create",
        entityType: "Story",
        entityId: storyRow.id,
        storyId: storyRow.id,
        before: null,
        after: { slug: manifest.slug, title: manifest.title, articlesAdded: createdArticleIds.length },
      });
    }
    return { storyId: storyRow.id, slug: manifest.slug, createdArticleIds, isNewStory: !existing };
  });
}

async function upsertOutlet(tx: Tx, article: LoadedArticle): Promise<string> {
  const { name, domain, kind } = article.outlet;
  const outlet = await tx.outlet.upsert({
    where: { name },
    create: { name, domain: domain ?? null, kind },
    update: {},
    select: { id: true },
  });
  return outlet.id;
}

async function createArticle(tx: Tx, storyId: string, outletId: string, article: LoadedArticle): Promise<string> {
  const created = await tx.article.create({
    data: {
      storyId,
      outletId,
      title: article.title,
      url: article.url,
      publishedAt: new Date(article.publishedAt),
      byline: article.byline ?? null,
      capturedFrom: article.capturedFrom ?? null,
      sourceNotes: article.notes ?? null,
      rawText: article.rawText,
      contentHash: article.contentHash,
      sourceFile: article.file,
    },
    select: { id: true },
  });
  return created.id;
}
