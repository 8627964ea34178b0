import type { Db } from "@/lib/db";
import { newStorySchema, type NewStoryInput } from "@/lib/validation/story-form";
import { generateStorySlug } from "./generate-story-slug";
import { InputError, toInputError } from "./input-error";
import { writeAuditLog } from "./write-audit-log";

/**
 * Creates an empty story (articles are added afterwards, see importArticles). The slug is made
 * from the title (-2, -3 … when taken) unless one is given; a given slug that is taken is refused.
 */
export async function createStory(db: Db, input: NewStoryInput, actor: { actorId: string | null; actorLabel?: string }): Promise<{ id: string; slug: string; title: string }> {
  const parsed = newStorySchema.safeParse(input);
  if (!parsed.success) throw toInputError(parsed.error, "story");
  const { title, slug: requested } = parsed.data;
  return db.$transaction(async (tx) => {
    if (requested !== undefined && (await tx.story.findUnique({ where: { slug: requested }, select: { id: true } }))) {
      throw new InputError(`a story "${requested}" already exists; pick another slug or add articles to that story`, "story", "slug");
    }
    const slug = requested ?? (await generateStorySlug(tx, title));
    const story = await tx.story.create({ data: { title, slug }, select: { id: true, slug: true, title: true } });
    await writeAuditLog(tx, { ...actor, action: "story.create", entityType: "Story", entityId: story.id, storyId: story.id, before: null, after: { title, slug } });
    return story;
  });
}
