import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getPostgresTemplate, type TestDb } from "@/lib/testing/create-test-db";
import { createPostgresTestDb } from "@/lib/testing/postgres-test-db";
import { bootstrapSearch } from "./bootstrap-search";

const template = getPostgresTemplate();

/** Claims whose search column matches the tsquery. */
const matching = async (testDb: TestDb, tsquery: string) =>
  (await testDb.db.$queryRawUnsafe<{ text: string }[]>(`SELECT "text" FROM "Claim" WHERE "searchVector" @@ to_tsquery('simple', $1) ORDER BY "text"`, tsquery)).map((row) => row.text);

describe.skipIf(!template)("bootstrapSearch on PostgreSQL", () => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await createPostgresTestDb(template!);
  });
  afterAll(() => testDb.dispose());

  it("is idempotent on a bootstrapped database and leaves the GIN and trigram indexes in place", async () => {
    expect(await bootstrapSearch(testDb.db)).toEqual({ isRebuilt: false, indexed: 0 });
    const indexes = await testDb.db.$queryRawUnsafe<{ name: string }[]>(`SELECT indexname::text AS name FROM pg_indexes WHERE indexname LIKE '%searchVector%' OR indexname LIKE '%trgm%' ORDER BY 1`);
    expect(indexes.map((row) => row.name)).toEqual(["ClaimAppearance_searchVector_idx", "Claim_searchVector_idx", "Claim_text_trgm_idx"]);
  });

  it("keeps the search column in step with every write, tokenising as FTS5 does", async () => {
    const { db } = testDb;
    const story = await db.story.create({ data: { slug: "pg-search", title: "PG search" } });
    const claim = await db.claim.create({ data: { storyId: story.id, key: "k1", kind: "statement", text: "Alíyev met al-Ahram's editor; 60,000 attended" } });
    expect(await matching(testDb, "aliyev & 'al' <-> 'ahram' <-> 's'")).toHaveLength(1);
    expect(await matching(testDb, "'60' <-> '000'")).toHaveLength(1);
    expect(await matching(testDb, "'ahr':*")).toHaveLength(1);
    await db.claim.update({ where: { id: claim.id }, data: { text: "Lightstone spoke" } });
    expect(await matching(testDb, "aliyev")).toEqual([]);
    expect(await matching(testDb, "lightstone")).toEqual(["Lightstone spoke"]);
    await db.claim.delete({ where: { id: claim.id } });
    expect(await matching(testDb, "lightstone")).toEqual([]);
  });

  it("adds the search columns to a database that lacks them and says it rebuilt the index", async () => {
    const { db } = testDb;
    const story = await db.story.findFirstOrThrow({ where: { slug: "pg-search" } });
    await db.claim.create({ data: { storyId: story.id, key: "k2", kind: "statement", text: "Witkoff flew in" } });
    await db.$executeRawUnsafe(`ALTER TABLE "Claim" DROP COLUMN "searchVector"`);
    expect(await bootstrapSearch(db)).toEqual({ isRebuilt: true, indexed: 1 });
    expect(await matching(testDb, "witkoff")).toEqual(["Witkoff flew in"]);
  });
});
