import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { analyzeStoredStory } from "./analyze-stored-story";
import { bootstrapSearch, SEARCH_BLOCK_BITS } from "./bootstrap-search";
import { seedStories } from "./seed-stories";

let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(async () => {
  await testDb.dispose();
});

/** Claim ids whose own wording matches (ClaimSearch). */
async function claimsMatching(db: Db, match: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ sourceId: string }[]>(
    `SELECT k."sourceId" FROM "ClaimSearch" s JOIN "ClaimSearchKey" k ON k."id" = s.rowid WHERE "ClaimSearch" MATCH ?`,
    match,
  );
  return rows.map((row) => row.sourceId);
}

/** Appearance ids whose wording matches (AppearanceSearch). */
async function appearancesMatching(db: Db, match: string): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ sourceId: string }[]>(
    `SELECT k."sourceId" FROM "AppearanceSearch" s JOIN "ClaimSearchKey" k ON k."id" = s.rowid WHERE "AppearanceSearch" MATCH ?`,
    match,
  );
  return rows.map((row) => row.sourceId);
}

/** Every claim and appearance has exactly one key, in its claim's block, and one FTS row. */
async function expectInSync(db: Db) {
  const [row] = await db.$queryRawUnsafe<Record<string, bigint>[]>(
    `SELECT
      (SELECT count(*) FROM "ClaimSearchKey") AS keys,
      (SELECT count(*) FROM "Claim") + (SELECT count(*) FROM "ClaimAppearance") AS sources,
      (SELECT count(*) FROM "ClaimSearchKey" k LEFT JOIN "Claim" c ON c."id" = k."sourceId" LEFT JOIN "ClaimAppearance" a ON a."id" = k."sourceId"
        WHERE coalesce(c."id", a."claimId") IS NOT k."claimId") AS orphans,
      (SELECT count(*) FROM "ClaimSearchKey" k JOIN "ClaimSearchKey" owner ON owner."id" = (k."id" >> ${SEARCH_BLOCK_BITS}) << ${SEARCH_BLOCK_BITS}
        WHERE owner."sourceId" = k."claimId") AS inBlock,
      (SELECT count(*) FROM "ClaimSearch") + (SELECT count(*) FROM "AppearanceSearch") AS ftsRows`,
  );
  expect(row).toBeDefined();
  expect(Number(row!.keys)).toBe(Number(row!.sources));
  expect(Number(row!.orphans)).toBe(0);
  expect(Number(row!.inBlock)).toBe(Number(row!.keys));
  expect(Number(row!.ftsRows)).toBe(Number(row!.keys));
}

describe("bootstrapSearch", () => {
  it("is idempotent: a second run changes nothing and keeps one set of tables and triggers", async () => {
    const { db } = testDb;
    // The test template already ran it once (global-setup); run it twice more.
    expect(await bootstrapSearch(db)).toEqual({ isRebuilt: false, indexed: 0 });
    expect(await bootstrapSearch(db)).toEqual({ isRebuilt: false, indexed: 0 });
    const triggers = await db.$queryRawUnsafe<{ name: string }[]>(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`);
    expect(triggers.map((t) => t.name)).toEqual([
      "ClaimAppearance_search_ad",
      "ClaimAppearance_search_ai",
      "ClaimAppearance_search_au",
      "Claim_search_ad",
      "Claim_search_ai",
      "Claim_search_au",
    ]);
    const tables = await db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name IN ('ClaimSearchKey', 'ClaimSearch', 'AppearanceSearch') ORDER BY name`,
    );
    expect(tables.map((t) => t.name)).toEqual(["AppearanceSearch", "ClaimSearch", "ClaimSearchKey"]);
  });

  it("indexes a seeded story through the triggers, so 'Lightstone' finds its claims and wordings", async () => {
    const { db } = testDb;
    await seedStories(db);
    await expectInSync(db);
    const claims = await db.claim.findMany({ where: { id: { in: await claimsMatching(db, "lightstone") } }, select: { text: true } });
    expect(claims.map((claim) => claim.text)).toContain("Aryeh Lightstone");
    expect(await appearancesMatching(db, "lightstone")).not.toHaveLength(0);
    // Diacritics and case are folded: "LÍGHTSTONE" is the same word.
    expect((await claimsMatching(db, "LÍGHTSTONE")).sort()).toEqual((await claimsMatching(db, "lightstone")).sort());
    // A rerun of the analysis rewrites claims and appearances; the index follows.
    const story = await db.story.findUniqueOrThrow({ where: { slug: "abraham-accords-expansion" } });
    await analyzeStoredStory(db, story.id);
    await expectInSync(db);
    expect(await bootstrapSearch(db)).toMatchObject({ isRebuilt: false });
  }, 60_000);

  it("follows inserts, updates and deletes of claims and appearances", async () => {
    const { db } = testDb;
    await seedStories(db);
    const story = await db.story.findUniqueOrThrow({ where: { slug: "abraham-accords-expansion" }, select: { id: true, referenceArticleId: true } });
    const claim = await db.claim.create({ data: { storyId: story.id, key: "test:zanzibar", kind: "statement", text: "Zanzibar joins the talks" } });
    expect(await claimsMatching(db, "zanzibar")).toEqual([claim.id]);

    const appearance = await db.claimAppearance.create({
      data: { claimId: claim.id, articleId: story.referenceArticleId!, start: 0, end: 10, text: "Officials in Zanzibar deny it", machineLabel: "faithful" },
    });
    expect(await appearancesMatching(db, "zanzibar")).toEqual([appearance.id]);
    await expectInSync(db);

    await db.claim.update({ where: { id: claim.id }, data: { text: "Pemba joins the talks" } });
    expect(await claimsMatching(db, "zanzibar")).toEqual([]);
    expect(await claimsMatching(db, "pemba")).toEqual([claim.id]);

    await db.claimAppearance.update({ where: { id: appearance.id }, data: { text: "Officials in Pemba deny it" } });
    expect(await appearancesMatching(db, "zanzibar")).toEqual([]);
    expect(await appearancesMatching(db, "pemba")).toEqual([appearance.id]);
    // Editor columns change without touching the index.
    await db.claimAppearance.update({ where: { id: appearance.id }, data: { editorLabel: "invented", isReviewed: true } });
    expect(await appearancesMatching(db, "pemba")).toEqual([appearance.id]);
    await expectInSync(db);

    await db.claimAppearance.delete({ where: { id: appearance.id } });
    expect(await appearancesMatching(db, "pemba")).toEqual([]);
    const second = await db.claimAppearance.create({
      data: { claimId: claim.id, articleId: story.referenceArticleId!, start: 0, end: 5, text: "Pemba again", machineLabel: "faithful" },
    });
    expect(await appearancesMatching(db, "pemba")).toEqual([second.id]);

    // Deleting the claim cascades to its appearance; both leave the index.
    await db.claim.delete({ where: { id: claim.id } });
    expect(await claimsMatching(db, "pemba")).toEqual([]);
    expect(await appearancesMatching(db, "pemba")).toEqual([]);
    await expectInSync(db);
  }, 60_000);

  it("rebuilds the index of a database written while the triggers were missing", async () => {
    const { db } = testDb;
    for (const name of ["Claim_search_ai", "ClaimAppearance_search_ai"]) await db.$executeRawUnsafe(`DROP TRIGGER "${name}"`);
    await seedStories(db);
    expect(await claimsMatching(db, "lightstone")).toEqual([]);
    const result = await bootstrapSearch(db);
    expect(result.isRebuilt).toBe(true);
    expect(result.indexed).toBe((await db.claim.count()) + (await db.claimAppearance.count()));
    await expectInSync(db);
    expect(await claimsMatching(db, "lightstone")).not.toHaveLength(0);
    // After the rebuild the triggers are back, and new rows land in their claim's block.
    const story = await db.story.findFirstOrThrow({ select: { id: true, referenceArticleId: true } });
    const claim = await db.claim.create({ data: { storyId: story.id, key: "test:after", kind: "statement", text: "Pemba after the rebuild" } });
    await db.claimAppearance.create({ data: { claimId: claim.id, articleId: story.referenceArticleId!, start: 1, end: 2, text: "Pemba" } });
    await expectInSync(db);
  }, 60_000);
});
