import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LABELS, type Label } from "@/lib/labels";
import { createUser } from "@/lib/auth/create-user";
import { dismissClaim, restoreClaim } from "@/lib/pipeline/dismiss-claim";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { getArticleReader } from "@/lib/server/queries/get-article-reader";
import { getStoryLabelTotals } from "@/lib/server/queries/get-story-label-totals";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";

vi.mock("server-only", () => ({}));

let testDb: TestDb;
beforeAll(async () => {
  testDb = createTestDb();
  await seedStories(testDb.db);
}, 120_000);
afterAll(() => testDb.dispose());

/** The article pages' sentence labels of a story, added up. */
async function sumArticlePages(storyId: string): Promise<Record<Label, number>> {
  const sum = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  for (const { id } of await testDb.db.article.findMany({ where: { storyId }, select: { id: true } })) {
    const reader = await getArticleReader(id, testDb.db);
    for (const label of LABELS) sum[label] += reader!.labelCounts[label];
  }
  return sum;
}

describe("sentence counts", () => {
  it("agree between the home page and the article pages after an editor relabels new material inside a sentence", async () => {
    const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: "abraham-accords-expansion" }, select: { id: true } });
    // An "added" detail that an editor finds invented (the case that split 28/15 from 29/14).
    const detail = await testDb.db.claimAppearance.findFirstOrThrow({ where: { machineLabel: "added", claim: { storyId: story.id, isNew: true }, sentence: { label: "added" } }, orderBy: { start: "asc" } });
    await testDb.db.claimAppearance.update({ where: { id: detail.id }, data: { editorLabel: "invented", isReviewed: true } });
    const home = (await getStoryLabelTotals(testDb.db)).get(story.id)!;
    const pages = await sumArticlePages(story.id);
    expect(pages).toEqual(home);
  });

  it("agree when a sentence's only claim is dismissed: the sentence leaves both, and comes back on restore", async () => {
    const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: "abraham-accords-expansion" }, select: { id: true } });
    const created = await createUser(testDb.db, { email: "dis@example.org", name: "Dis Missal", role: "editor", password: "a long enough password" }, { actorId: null, cost: { N: 2 ** 10, r: 8, p: 1 } });
    if (!created.ok) throw new Error(created.reason);
    // A sentence carrying exactly one claim, of new material the machine labelled.
    const [only] = await testDb.db.$queryRaw<{ claimId: string; label: Label }[]>`
      SELECT ca."claimId", s."label" FROM "Sentence" s JOIN "ClaimAppearance" ca ON ca."sentenceId" = s."id" JOIN "Claim" c ON c."id" = ca."claimId"
      JOIN "Article" a ON a."id" = s."articleId"
      WHERE a."storyId" = ${story.id} AND s."label" IS NOT NULL AND c."isNew" = TRUE AND ca."isStale" = FALSE
        AND (SELECT COUNT(*) FROM "ClaimAppearance" o WHERE o."sentenceId" = s."id" AND o."isStale" = FALSE) = 1
        AND (SELECT COUNT(*) FROM "ClaimAppearance" o WHERE o."claimId" = c."id") = 1
      ORDER BY s."start" LIMIT 1`;
    expect(only).toBeDefined();
    const before = (await getStoryLabelTotals(testDb.db)).get(story.id)!;

    expect(await dismissClaim(testDb.db, created.user.id, { claimId: only!.claimId })).toMatchObject({ ok: true });
    const home = (await getStoryLabelTotals(testDb.db)).get(story.id)!;
    expect(home[only!.label]).toBe(before[only!.label] - 1);
    expect(await sumArticlePages(story.id)).toEqual(home);

    expect(await restoreClaim(testDb.db, created.user.id, { claimId: only!.claimId })).toMatchObject({ ok: true });
    expect((await getStoryLabelTotals(testDb.db)).get(story.id)).toEqual(before);
    expect(await sumArticlePages(story.id)).toEqual(before);
  });
});
