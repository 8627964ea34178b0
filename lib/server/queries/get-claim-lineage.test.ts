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

  it("gives a new detail its first appearance and later carriers, across wordings that share its figure", async () => {
    // The engine clusters Orda's "citing five sources" apart from the other wordings of the detail.
    const orda = await testDb.db.claim.findFirstOrThrow({ where: { isNew: true, text: "citing five sources" }, select: { id: true } });
    const lineage = await getClaimLineage(orda.id, testDb.db);
    expect(lineage?.first).toMatchObject({ outlet: "AnewZ", text: "five sources familiar with the matter told" });
    expect(lineage?.after.map((carrier) => carrier.outlet)).toEqual(["newsbeep.com", "The Levant Files", "Orda.kz"]);
    expect(lineage?.after.find((carrier) => carrier.outlet === "Orda.kz")).toMatchObject({ claimId: orda.id, text: "citing five sources" });
    expect(lineage?.sharedWords).toEqual(["five"]);
  });

  it("names the only carrier of a detail nobody else has", async () => {
    const almaty = await testDb.db.claim.findFirstOrThrow({ where: { isNew: true, text: "Almaty" }, select: { id: true } });
    expect(await getClaimLineage(almaty.id, testDb.db)).toMatchObject({ first: { outlet: "The Levant Files" }, after: [], sharedWords: [] });
  });

  it("is null for a reference claim and for an unknown id", async () => {
    const statement = await testDb.db.claim.findFirstOrThrow({ where: { isNew: false }, select: { id: true } });
    expect(await getClaimLineage(statement.id, testDb.db)).toBeNull();
    expect(await getClaimLineage("no-such-claim", testDb.db)).toBeNull();
  });
});
