import { hasRole, type Role } from "@/lib/auth/roles";
import { LIVE_STORY } from "@/lib/counts/stage-story";
import type { Db } from "@/lib/db";
import { deleteStorySchema, type DeleteStoryInput } from "@/lib/validation/story-admin";
import { refuse, type EditResult } from "./edit-result";
import { snapshotDeletedArticles } from "./snapshot-deleted-articles";
import { writeAuditLog } from "./write-audit-log";

/**
 * An admin deletes a story with everything in it (articles, claims, verdicts, notes, revisions, by
 * cascade). The audit entry keeps the story (slug, title, reference) and every article as
 * snapshotDeletedArticles records it, plus the notes on the story's claims; older audit entries of
 * the story stay, no longer linked to it (AuditLog.storyId is set null). Its stage stories
 * (lib/counts/stage-story.ts: rows a re-analysis wrote ahead or left behind) go with it; a stage
 * story is itself no story to delete.
 */
export async function deleteStory(db: Db, actor: { id: string; role: Role }, input: DeleteStoryInput): Promise<EditResult<{ slug: string; articleCount: number }>> {
  if (!hasRole(actor, "admin")) return refuse(403, "Only an admin can delete a story.");
  const parsed = deleteStorySchema.safeParse(input);
  if (!parsed.success) return refuse(422, "Check the deletion.", parsed.error.flatten().fieldErrors);
  const { slug } = parsed.data;
  return db.$transaction(async (tx): Promise<EditResult<{ slug: string; articleCount: number }>> => {
    const story = await tx.story.findUnique({ where: { slug, ...LIVE_STORY }, select: { id: true, slug: true, title: true, referenceArticleId: true, createdAt: true, analyzedAt: true } });
    if (!story) return refuse(404, "This story no longer exists.");
    const articles = await snapshotDeletedArticles(tx, { storyId: story.id });
    const claimNotes = await tx.note.findMany({
      where: { claim: { storyId: story.id } },
      orderBy: { createdAt: "asc" },
      select: { body: true, createdAt: true, retractedAt: true, author: { select: { email: true } }, claim: { select: { id: true, key: true, text: true } } },
    });
    // Story.stagedForId is no relation (nothing cascades from the story): its stage stories are deleted by hand.
    await tx.story.deleteMany({ where: { stagedForId: story.id } });
    await tx.story.delete({ where: { id: story.id } });
    await writeAuditLog(tx, {
      actorId: actor.id,
      action: "story.delete",
      entityType: "Story",
      entityId: story.id,
      // The story is gone: the entry stands alone (like the story's older entries, now unlinked).
      storyId: null,
      before: {
        story: { id: story.id, slug: story.slug, title: story.title, referenceArticleId: story.referenceArticleId, createdAt: story.createdAt.toISOString(), analyzedAt: story.analyzedAt?.toISOString() ?? null },
        articles,
        claimNotes: claimNotes.map((note) => ({ claim: note.claim, body: note.body, author: note.author?.email ?? null, createdAt: note.createdAt.toISOString(), retractedAt: note.retractedAt?.toISOString() ?? null })),
      },
      after: null,
    });
    return { ok: true, slug: story.slug, articleCount: articles.length };
  });
}
