import { hasRole, type Role } from "@/lib/auth/roles";
import { LIVE_STORY } from "@/lib/counts/stage-story";
import type { Db } from "@/lib/db";
import { renameStorySchema, type RenameStoryInput } from "@/lib/validation/story-admin";
import { refuse, type EditResult } from "./edit-result";
import { writeAuditLog } from "./write-audit-log";

/**
 * An editor renames a story: its title only. The slug stays, so every link, bookmark, API path
 * and export file name (`<slug>-claimtrail.md`) keeps working; nothing is analysed again. A stage
 * story (lib/counts/stage-story.ts) is no story.
 */
export async function renameStory(db: Db, actor: { id: string; role: Role }, input: RenameStoryInput): Promise<EditResult<{ title: string; slug: string }>> {
  if (!hasRole(actor, "editor")) return refuse(403, "Only an editor can rename a story.");
  const parsed = renameStorySchema.safeParse(input);
  if (!parsed.success) return refuse(422, "Check the title.", parsed.error.flatten().fieldErrors);
  const { slug, title } = parsed.data;
  return db.$transaction(async (tx): Promise<EditResult<{ title: string; slug: string }>> => {
    const story = await tx.story.findUnique({ where: { slug, ...LIVE_STORY }, select: { id: true, title: true } });
    if (!story) return refuse(404, "This story no longer exists.");
    if (story.title === title) return { ok: true, title, slug };
    await tx.story.update({ where: { id: story.id }, data: { title } });
    await writeAuditLog(tx, { actorId: actor.id, action: "story.rename", entityType: "Story", entityId: story.id, storyId: story.id, before: { title: story.title }, after: { title } });
    return { ok: true, title, slug };
  });
}
