import { hasRole, type Role } from "@/lib/auth/roles";
import type { Db } from "@/lib/db";
import { renameArticleSchema, type RenameArticleInput } from "@/lib/validation/story-admin";
import { refuse, type EditResult } from "./edit-result";
import { writeAuditLog } from "./write-audit-log";

/**
 * An editor renames an article: its title only. The outlet keeps its name (it is shared by every
 * story that quotes it) and the text is untouched, so nothing needs analysing again.
 */
export async function renameArticle(db: Db, actor: { id: string; role: Role }, input: RenameArticleInput): Promise<EditResult<{ title: string; storySlug: string }>> {
  if (!hasRole(actor, "editor")) return refuse(403, "Only an editor can rename an article.");
  const parsed = renameArticleSchema.safeParse(input);
  if (!parsed.success) return refuse(422, "Check the title.", parsed.error.flatten().fieldErrors);
  const { articleId, title } = parsed.data;
  return db.$transaction(async (tx): Promise<EditResult<{ title: string; storySlug: string }>> => {
    const article = await tx.article.findUnique({ where: { id: articleId }, select: { id: true, title: true, storyId: true, story: { select: { slug: true } } } });
    if (!article) return refuse(404, "This article no longer exists.");
    if (article.title === title) return { ok: true, title, storySlug: article.story.slug };
    await tx.article.update({ where: { id: article.id }, data: { title } });
    await writeAuditLog(tx, { actorId: actor.id, action: "article.rename", entityType: "Article", entityId: article.id, storyId: article.storyId, before: { title: article.title }, after: { title } });
    return { ok: true, title, storySlug: article.story.slug };
  });
}
