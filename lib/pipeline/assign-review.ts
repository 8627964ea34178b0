import { LIVE_STORY } from "@/lib/counts/stage-story";
import type { Db } from "@/lib/db";
import { assignmentStatusSchema, assignReviewSchema, type AssignmentStatusInput, type AssignReviewInput } from "@/lib/validation/assignment";
import { WHOLE_STORY } from "./assignment-statuses";
import { refuse, type EditResult } from "./edit-result";
import { writeAuditLog } from "./write-audit-log";

/**
 * An editor assigns a story, or one outlet's article within it, to an editor (or admin): one
 * assignee per scope, so assigning again hands it over (status kept). Audited. A stage story
 * (lib/counts/stage-story.ts) is no story.
 */
export async function assignReview(db: Db, actorId: string, input: AssignReviewInput): Promise<EditResult<{ assignmentId: string }>> {
  const parsed = assignReviewSchema.safeParse(input);
  if (!parsed.success) return refuse(422, "Check the assignment.", parsed.error.flatten().fieldErrors);
  const { storySlug, articleId, assigneeId } = parsed.data;
  return db.$transaction(async (tx): Promise<EditResult<{ assignmentId: string }>> => {
    const story = await tx.story.findUnique({ where: { slug: storySlug, ...LIVE_STORY }, select: { id: true, referenceArticleId: true } });
    if (!story) return refuse(404, "No such story.");
    const article = articleId ? await tx.article.findFirst({ where: { id: articleId, storyId: story.id }, select: { id: true, outlet: { select: { name: true } } } }) : null;
    if (articleId && (!article || articleId === story.referenceArticleId)) return refuse(422, "Choose one of this story's derivative articles.", { articleId: ["Not a derivative of this story"] });
    const assignee = await tx.user.findUnique({ where: { id: assigneeId }, select: { email: true, name: true, role: true, disabledAt: true } });
    if (!assignee || assignee.disabledAt || assignee.role === "viewer") return refuse(422, "Assign it to an active editor.", { assigneeId: ["Not an active editor"] });
    const scopeKey = articleId ?? WHOLE_STORY;
    const previous = await tx.reviewAssignment.findUnique({ where: { storyId_scopeKey: { storyId: story.id, scopeKey } }, select: { assignee: { select: { email: true, name: true } } } });
    const saved = await tx.reviewAssignment.upsert({
      where: { storyId_scopeKey: { storyId: story.id, scopeKey } },
      create: { storyId: story.id, scopeKey, articleId: articleId ?? null, assigneeId, assignedById: actorId },
      update: { assigneeId, assignedById: actorId },
      select: { id: true },
    });
    await writeAuditLog(tx, {
      actorId,
      action: "assignment.set",
      entityType: "ReviewAssignment",
      entityId: saved.id,
      storyId: story.id,
      before: previous ? { assignee: previous.assignee.name ?? previous.assignee.email } : null,
      after: { assignee: assignee.name ?? assignee.email, outlet: article?.outlet.name ?? null },
    });
    return { ok: true, assignmentId: saved.id };
  });
}

/** An editor moves an assignment to another status (unreviewed → in review → reviewed, or back). Audited. */
export async function setAssignmentStatus(db: Db, actorId: string, input: AssignmentStatusInput): Promise<EditResult<{ storySlug: string }>> {
  const parsed = assignmentStatusSchema.safeParse(input);
  if (!parsed.success) return refuse(422, "Check the status.", parsed.error.flatten().fieldErrors);
  const { assignmentId, status } = parsed.data;
  return db.$transaction(async (tx): Promise<EditResult<{ storySlug: string }>> => {
    const assignment = await tx.reviewAssignment.findUnique({ where: { id: assignmentId }, select: { status: true, storyId: true, story: { select: { slug: true } }, article: { select: { outlet: { select: { name: true } } } } } });
    if (!assignment) return refuse(404, "This assignment no longer exists.");
    if (assignment.status === status) return { ok: true, storySlug: assignment.story.slug };
    await tx.reviewAssignment.update({ where: { id: assignmentId }, data: { status } });
    await writeAuditLog(tx, {
      actorId,
      action: "assignment.status",
      entityType: "ReviewAssignment",
      entityId: assignmentId,
      storyId: assignment.storyId,
      before: { status: assignment.status, outlet: assignment.article?.outlet.name ?? null },
      after: { status, outlet: assignment.article?.outlet.name ?? null },
    });
    return { ok: true, storySlug: assignment.story.slug };
  });
}
