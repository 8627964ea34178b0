import { afterEach, describe, expect, it } from "vitest";
import { dialectOf, type Db } from "@/lib/db";
import { listTestDialects, type TestDb } from "@/lib/testing/create-test-db";
import { seedStories } from "../seed-stories";
import { createRowId, deleteRowsIn, insertRows, updateRows, updateRowsIn } from "./bulk-sql";

let testDb: TestDb | null = null;
afterEach(async () => {
  await testDb?.dispose();
  testDb = null;
});

const COLUMNS = ["id", "claimId", "articleId", "sentenceId", "start", "end", "text", "prefix", "suffix", "machineLabel", "machineConfidence", "machineReasons", "score", "isStale", "createdAt", "updatedAt"] as const;
const AT = new Date("2026-12-07T01:02:03.456Z");
const LATER = new Date("2026-12-07T05:06:07.089Z");

/** Every column as stored, with its storage class on SQLite (what a bulk write must match exactly). */
async function readStored(db: Db, id: string): Promise<Record<string, unknown>> {
  if (dialectOf(db) === "sqlite") {
    const list = COLUMNS.filter((column) => column !== "id").map((column) => `typeof("${column}") AS "${column}:type", "${column}"`);
    const [row] = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT ${list.join(", ")} FROM "ClaimAppearance" WHERE "id" = ?`, id);
    return row!;
  }
  const { id: _id, ...row } = await db.claimAppearance.findUniqueOrThrow({ where: { id }, select: Object.fromEntries(COLUMNS.map((column) => [column, true])) });
  return row;
}

describe.each(listTestDialects())("bulk SQL ($dialect)", ({ create }) => {
  it("stores what Prisma stores for the same values: dates, booleans, whole and fractional floats, JSON text, nulls, a cut surrogate", async () => {
    testDb = await create();
    const { db } = testDb;
    await seedStories(db);
    const claim = await db.claim.findFirstOrThrow({ select: { id: true } });
    const article = await db.article.findFirstOrThrow({ select: { id: true } });
    const fields = {
      claimId: claim.id,
      articleId: article.id,
      sentenceId: null,
      start: 3,
      end: 10,
      // A context slice that cut an emoji in two leaves a lone surrogate.
      text: "cut \ud83d here",
      prefix: "“quoted”",
      suffix: "",
      machineLabel: "softened" as const,
      machineConfidence: 1,
      machineReasons: '[{"code":"hedge-added","detail":"“may”"}]',
      score: 0.25,
      isStale: false,
      createdAt: AT,
      updatedAt: AT,
    };
    // Prisma refuses a lone surrogate ("JSON Error: unexpected end of hex escape"); the bulk
    // writes store U+FFFD in its place, as the text a well-formed copy gives.
    const byPrisma = await db.claimAppearance.create({ data: { ...fields, text: fields.text.toWellFormed(), machineReasons: JSON.parse(fields.machineReasons) as object }, select: { id: true } });
    const bulkId = createRowId();
    await db.$transaction((tx) => insertRows(tx, "ClaimAppearance", COLUMNS, [[bulkId, ...COLUMNS.slice(1).map((column) => fields[column as Exclude<typeof column, "id">])]]));
    expect(await readStored(db, bulkId)).toEqual(await readStored(db, byPrisma.id));

    // Updated by key, and by set: the same again.
    await db.claimAppearance.update({ where: { id: byPrisma.id }, data: { machineConfidence: 0.5, isStale: true, score: null, updatedAt: LATER } });
    await db.$transaction((tx) => updateRows(tx, "ClaimAppearance", "id", ["machineConfidence", "isStale", "score", "updatedAt"], [[bulkId, 0.5, true, null, LATER]]));
    expect(await readStored(db, bulkId)).toEqual(await readStored(db, byPrisma.id));
    await db.claimAppearance.update({ where: { id: byPrisma.id }, data: { isStale: false, updatedAt: AT } });
    await db.$transaction((tx) => updateRowsIn(tx, "ClaimAppearance", { isStale: false, updatedAt: AT }, "id", [bulkId]));
    expect(await readStored(db, bulkId)).toEqual(await readStored(db, byPrisma.id));

    // Deleted by set: that row only.
    await db.$transaction((tx) => deleteRowsIn(tx, "ClaimAppearance", "id", [bulkId, "no-such-id"]));
    expect(await db.claimAppearance.count({ where: { id: { in: [bulkId, byPrisma.id] } } })).toBe(1);
  });

  it("writes chunk by chunk, in order, and reports each chunk", async () => {
    testDb = await create();
    const { db } = testDb;
    await seedStories(db);
    const claim = await db.claim.findFirstOrThrow({ select: { id: true } });
    const ids = Array.from({ length: 1_234 }, () => createRowId());
    const chunks: number[] = [];
    const notes = ids.map((id, index) => [id, `note ${index}`, claim.id, AT]);
    await db.$transaction((tx) => insertRows(tx, "Note", ["id", "body", "claimId", "createdAt"], notes, async (rows) => void chunks.push(rows)));
    const stored = await db.note.findMany({ where: { body: { startsWith: "note " } }, orderBy: { id: "asc" }, select: { id: true, body: true } });
    expect(stored.map((note) => note.body)).toEqual(ids.map((_, index) => `note ${index}`));
    expect(chunks).toEqual([500, 500, 234]);
  });
});
