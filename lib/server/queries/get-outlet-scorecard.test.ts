import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getEffectiveLabel, LABEL_SEVERITY, LABELS, type Label } from "@/lib/labels";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { getOutletScorecard, type OutletScorecard } from "./get-outlet-scorecard";
import { getStoryMatrix, type StoryMatrix } from "./get-story-matrix";

vi.mock("server-only", () => ({}));

const SLUG = "abraham-accords-expansion";

/** The same tallies computed the slow, obvious way with Prisma, as an oracle for the SQL path. */
async function tallyWithPrisma(testDb: TestDb, articleId: string): Promise<Record<Label, number>> {
  const shown = { story: { slug: SLUG }, isStale: false, OR: [{ kind: "statement" as const }, { isNew: true }] };
  const [appearances, omissions] = await Promise.all([
    testDb.db.claimAppearance.findMany({ where: { articleId, isStale: false, claim: shown }, select: { claimId: true, machineLabel: true, editorLabel: true } }),
    testDb.db.omission.findMany({ where: { articleId, claim: shown }, select: { claimId: true } }),
  ]);
  const worst = new Map<string, Label>();
  for (const appearance of appearances) {
    const label = getEffectiveLabel(appearance);
    const current = worst.get(appearance.claimId);
    if (label && (!current || LABEL_SEVERITY[label] > LABEL_SEVERITY[current])) worst.set(appearance.claimId, label);
  }
  for (const omission of omissions) if (!worst.has(omission.claimId)) worst.set(omission.claimId, "omitted");
  const counts = Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>;
  for (const label of worst.values()) counts[label] += 1;
  return counts;
}

describe("getOutletScorecard over the seed story", () => {
  let testDb: TestDb;
  let scorecard: OutletScorecard;
  let matrix: StoryMatrix;
  beforeAll(async () => {
    testDb = createTestDb();
    await seedStories(testDb.db);
    matrix = (await getStoryMatrix(SLUG, { sort: "date", expand: [] }, testDb.db)) as StoryMatrix;
    scorecard = getOutletScorecard(matrix);
  }, 60_000);
  afterAll(() => testDb.dispose());

  it("scores every derivative in column order, not the reference", () => {
    expect(scorecard.outlets.map((outlet) => outlet.outletName)).toEqual(["AnewZ", "newsbeep.com", "The Levant Files", "Orda.kz"]);
    expect(scorecard.statementCount).toBe(matrix.statements.length);
  });

  it("agrees with a per-appearance tally done in Prisma", async () => {
    for (const score of scorecard.outlets) {
      expect(score.counts, score.outletName).toEqual(await tallyWithPrisma(testDb, score.articleId));
    }
  });

  it("adds up: every statement once per outlet (carried or omitted), plus the new details it carries", () => {
    for (const score of scorecard.outlets) {
      const column = matrix.columns.findIndex((c) => c.articleId === score.articleId);
      const carriedNew = matrix.newClaims.filter((row) => row.cells[column] !== null).length;
      const total = LABELS.reduce((sum, label) => sum + score.counts[label], 0) + score.unlabelled;
      expect(total, score.outletName).toBe(scorecard.statementCount + carriedNew);
      expect(score.faithfulStatements).toBe(matrix.statements.filter((row) => row.cells[column] === "faithful").length);
      expect(score.faithfulStatements).toBeLessThanOrEqual(score.counts.faithful);
    }
  });

  it.each<[string, string, Label, number]>([
    ["the blog's invented quotes", "The Levant Files", "invented", 3],
    ["the blog's added background", "The Levant Files", "added", 10],
    ["newsbeep's softened statement", "newsbeep.com", "softened", 1],
    ["Orda.kz's omissions", "Orda.kz", "omitted", 10],
  ])("counts %s", (_why, outlet, label, atLeast) => {
    const score = scorecard.outlets.find((o) => o.outletName === outlet);
    expect(score?.counts[label]).toBeGreaterThanOrEqual(atLeast);
  });

  it("counts an editor's verdict instead of the machine's", async () => {
    const column = matrix.columns.findIndex((c) => c.outletName === "AnewZ");
    const row = matrix.statements.find((statement) => statement.cells[column] === "faithful");
    const articleId = matrix.columns[column]?.articleId ?? "";
    await testDb.db.claimAppearance.updateMany({ where: { claimId: row?.claimId, articleId }, data: { editorLabel: "hardened" } });
    const before = scorecard.outlets.find((o) => o.articleId === articleId);
    const after = getOutletScorecard((await getStoryMatrix(SLUG, { sort: "date", expand: [] }, testDb.db)) as StoryMatrix).outlets.find((o) => o.articleId === articleId);
    expect(after?.counts.hardened).toBe((before?.counts.hardened ?? 0) + 1);
    expect(after?.counts.faithful).toBe((before?.counts.faithful ?? 0) - 1);
    expect(after?.faithfulStatements).toBe((before?.faithfulStatements ?? 0) - 1);
  });
});
