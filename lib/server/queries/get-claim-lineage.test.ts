import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { getClaimLineage } from "./get-claim-lineage";

vi.mock("server-only", () => ({}));

describe("getClaimLineage over the seed story", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = createTestDb();
    await seedStories(testDb.db);
  }, 60_000);
  afterAll(() => testDb.dispose());

  it("gives a new detail its first appearance and later carriers, across wordings", async () => {
    // The seed reference copy lacks the lead naming "five sources"; four rewrites carry it, worded
    // four ways, clustered as one new sourcing claim (issue 12: one detail, one claim).
    const five = await testDb.db.claim.findFirstOrThrow({ where: { isNew: true, text: { contains: "five sources" } }, select: { id: true } });
    const lineage = await getClaimLineage(five.id, testDb.db);
    expect(lineage?.first).toMatchObject({ outlet: "AnewZ", text: "five sources familiar with the matter told" });
    expect(lineage?.after.map((carrier) => carrier.outlet)).toEqual(["newsbeep.com", "The Levant Files", "Orda.kz"]);
  });

  it("names the only carrier of a detail nobody else has", async () => {
    const single = await testDb.db.claim.findMany({ where: { isNew: true }, select: { id: true, appearances: { select: { articleId: true } } } });
    const only = single.find((claim) => new Set(claim.appearances.map((a) => a.articleId)).size === 1)!;
    const lineage = await getClaimLineage(only.id, testDb.db);
    expect(lineage?.first).toBeTruthy();
    expect(lineage).toMatchObject({ after: [], sharedWords: [] });
  });

  it("is null for a reference claim and for an unknown id", async () => {
    const statement = await testDb.db.claim.findFirstOrThrow({ where: { isNew: false }, select: { id: true } });
    expect(await getClaimLineage(statement.id, testDb.db)).toBeNull();
    expect(await getClaimLineage("no-such-claim", testDb.db)).toBeNull();
  });
});
