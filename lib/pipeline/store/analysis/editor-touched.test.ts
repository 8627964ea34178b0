import { afterEach, describe, expect, it } from "vitest";
import { listTestDialects, type TestDb } from "@/lib/testing/create-test-db";
import { seedStories } from "../../seed-stories";
import { EDITOR_TOUCHED, editorTouchedSql } from "./editor-touched";

let testDb: TestDb | null = null;
afterEach(async () => {
  await testDb?.dispose();
  testDb = null;
});

describe.each(listTestDialects())("editor-touched ($dialect)", ({ create }) => {
  it("the SQL and the Prisma form select the same appearances", async () => {
    testDb = await create();
    const { db } = testDb;
    await seedStories(db);
    const rows = await db.claimAppearance.findMany({
      where: { foundBy: "machine" },
      take: 5,
      orderBy: { id: "asc" },
    });
    expect(rows).toHaveLength(5);
    // One of each way an appearance becomes an editor's, and one untouched row left as it is.
    await db.claimAppearance.update({
      where: { id: rows[0]!.id },
      data: { isReviewed: true },
    });
    await db.claimAppearance.update({
      where: { id: rows[1]!.id },
      data: { editorLabel: "altered" },
    });
    await db.note.create({
      data: { body: "checked", appearanceId: rows[2]!.id },
    });
    const { id: _id, createdAt: _c, updatedAt: _u, ...copy } = rows[3]!;
    await db.claimAppearance.create({
      data: {
        ...copy,
        machineReasons: copy.machineReasons ?? [],
        foundBy: "editor",
      },
    });

    const viaPrisma = (
      await db.claimAppearance.findMany({
        where: EDITOR_TOUCHED,
        select: { id: true },
      })
    )
      .map((row) => row.id)
      .sort();
    const viaSql = (
      await db.$queryRaw<
        { id: string }[]
      >`SELECT a."id" FROM "ClaimAppearance" a WHERE ${editorTouchedSql("a")}`
    )
      .map((row) => row.id)
      .sort();
    expect(viaPrisma).toHaveLength(4);
    expect(viaSql).toEqual(viaPrisma);
  });
});
