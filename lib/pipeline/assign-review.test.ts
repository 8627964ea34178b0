import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "@/lib/auth/create-user";
import { getReviewQueue } from "@/lib/server/queries/get-review-queue";
import { listReviewAssignments } from "@/lib/server/queries/list-review-assignments";
import { listTestDialects, type TestDb } from "@/lib/testing/create-test-db";
import { assignReview, setAssignmentStatus } from "./assign-review";
import { seedStories } from "./seed-stories";
import { setVerdict } from "./set-verdict";

vi.mock("server-only", () => ({}));

const SLUG = "abraham-accords-expansion";
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

// On both databases: the progress count is raw SQL (PostgreSQL once refused its SUM of a boolean).
describe.each(listTestDialects())("assignReview / setAssignmentStatus on $dialect", ({ create }) => {
  let testDb: TestDb;
  let lead: string;
  let kai: string;
  let viewer: string;
  beforeAll(async () => {
    testDb = await create();
    await seedStories(testDb.db);
    const make = async (email: string, role: "editor" | "viewer") => {
      const result = await createUser(testDb.db, { email, name: email.split("@")[0]!, role, password: "a long enough password" }, { actorId: null, cost: CHEAP });
      if (!result.ok) throw new Error(result.reason);
      return result.user.id;
    };
    [lead, kai, viewer] = [await make("lead@example.org", "editor"), await make("kai@example.org", "editor"), await make("vic@example.org", "viewer")];
  }, 120_000);
  afterAll(() => testDb.dispose());

  it("assigns one outlet of a story; my queue and the assignee's progress cover that outlet only", async () => {
    const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true, referenceArticleId: true } });
    const article = await testDb.db.article.findFirstOrThrow({ where: { storyId: story.id, NOT: { id: story.referenceArticleId! } }, orderBy: { createdAt: "asc" }, select: { id: true } });
    expect(await assignReview(testDb.db, lead, { storySlug: SLUG, articleId: article.id, assigneeId: viewer })).toMatchObject({ ok: false, status: 422 });
    expect(await assignReview(testDb.db, lead, { storySlug: SLUG, articleId: story.referenceArticleId!, assigneeId: kai })).toMatchObject({ ok: false, status: 422 });
    const assigned = await assignReview(testDb.db, lead, { storySlug: SLUG, articleId: article.id, assigneeId: kai });
    expect(assigned).toMatchObject({ ok: true });

    const mine = await getReviewQueue({ assigneeId: kai }, testDb.db);
    expect(mine.items.length).toBeGreaterThan(0);
    expect(new Set(mine.items.map((item) => item.articleId))).toEqual(new Set([article.id]));
    expect((await getReviewQueue({ assigneeId: lead }, testDb.db)).items).toHaveLength(0);

    const [row] = await listReviewAssignments({ storySlug: SLUG }, testDb.db);
    expect(row).toMatchObject({ assigneeId: kai, status: "unreviewed", reviewed: 0 });
    const item = mine.items[0]!;
    await setVerdict(testDb.db, kai, { appearanceId: item.id, version: item.version, label: item.machineLabel });
    expect((await listReviewAssignments({ storySlug: SLUG }, testDb.db))[0]).toMatchObject({ reviewed: 1, total: row!.total });
  });

  it("moves the status through its steps, audited, and hands an assignment over on a second assign", async () => {
    const [row] = await listReviewAssignments({ storySlug: SLUG }, testDb.db);
    expect(await setAssignmentStatus(testDb.db, kai, { assignmentId: row!.id, status: "in_review" })).toEqual({ ok: true, storySlug: SLUG });
    expect(await setAssignmentStatus(testDb.db, kai, { assignmentId: row!.id, status: "done" as "reviewed" })).toMatchObject({ ok: false, status: 422 });
    expect((await listReviewAssignments({ storySlug: SLUG }, testDb.db))[0]).toMatchObject({ status: "in_review" });
    const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    const again = await testDb.db.reviewAssignment.findFirstOrThrow({ where: { storyId: story.id } });
    await assignReview(testDb.db, lead, { storySlug: SLUG, articleId: again.articleId!, assigneeId: lead });
    const rows = await listReviewAssignments({ storySlug: SLUG }, testDb.db);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ assigneeId: lead, status: "in_review" });
    expect(await testDb.db.auditLog.count({ where: { action: { in: ["assignment.set", "assignment.status"] } } })).toBe(3);
  });
});
