import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { Label } from "@/lib/labels";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { listTestDialects, type TestDb } from "@/lib/testing/create-test-db";
import { getStoryMatrix, type MatrixCell, type StoryMatrix } from "./get-story-matrix";

vi.mock("server-only", () => ({}));

const SLUG = "abraham-accords-expansion";
const collapsed = { sort: "date", expand: [] } as const;

/** The cells of one outlet's column over the statement and new-detail rows. */
function columnCells(matrix: StoryMatrix, outlet: string): MatrixCell[] {
  const index = matrix.columns.findIndex((column) => column.outletName === outlet);
  expect(index, `column ${outlet}`).toBeGreaterThanOrEqual(0);
  return [...matrix.statements, ...matrix.newClaims].map((row) => row.cells[index] ?? null);
}

// The story page's data, on SQLite and (with a test server) on PostgreSQL: same assertions.
describe.each(listTestDialects())("getStoryMatrix over the seed story on $dialect", ({ create }) => {
  let testDb: TestDb;
  let matrix: StoryMatrix;
  beforeAll(async () => {
    testDb = await create();
    await seedStories(testDb.db);
    matrix = (await getStoryMatrix(SLUG, collapsed, testDb.db)) as StoryMatrix;
  }, 60_000);
  afterAll(() => testDb.dispose());

  it("is null for an unknown story", async () => {
    expect(await getStoryMatrix("no-such-story", collapsed, testDb.db)).toBeNull();
  });

  it("has one row per reference statement, in reference order", async () => {
    const statements = await testDb.db.claim.findMany({ where: { story: { slug: SLUG }, kind: "statement" }, orderBy: { position: "asc" }, select: { id: true } });
    expect(statements.length).toBeGreaterThan(20);
    expect(matrix.statements.map((row) => row.claimId)).toEqual(statements.map((claim) => claim.id));
    expect(matrix.statements.every((row) => row.details === null)).toBe(true);
  });

  it("puts the reference first, marking its own claims as the origin", () => {
    expect(matrix.columns.map((column) => column.outletName)).toEqual(["Reuters", "AnewZ", "newsbeep.com", "The Levant Files", "Orda.kz"]);
    expect(matrix.columns[0]?.figures).toBeNull();
    expect(matrix.statements.every((row) => row.cells[0] === "origin")).toBe(true);
    expect(matrix.newClaims.every((row) => row.cells[0] === null)).toBe(true);
  });

  // One row per phenomenon the seed story is known for (see seeds/…/manifest.json notes).
  it.each<[string, string, Label, number]>([
    ["the blog invents quotes and sourcing", "The Levant Files", "invented", 3],
    ["the blog alters reference statements", "The Levant Files", "altered", 1],
    ["newsbeep softens a statement", "newsbeep.com", "softened", 1],
    ["Orda.kz, a short rewrite, omits statements", "Orda.kz", "omitted", 10],
    ["AnewZ keeps most statements faithfully", "AnewZ", "faithful", 10],
  ])("%s", (_why, outlet, label, atLeast) => {
    expect(columnCells(matrix, outlet).filter((cell) => cell === label).length).toBeGreaterThanOrEqual(atLeast);
  });

  it("gives every derivative statement cell a verdict: carried with a label, or omitted", () => {
    for (const row of matrix.statements) expect(row.cells.slice(1)).not.toContain(null);
  });

  it("clusters a new detail shared by several outlets into one row, most shared first", () => {
    const first = matrix.newClaims[0];
    expect(first?.outletCount).toBeGreaterThanOrEqual(2);
    expect(first?.cells.filter((cell) => cell === "invented" || cell === "added").length).toBe(first?.outletCount);
    const counts = matrix.newClaims.map((row) => row.outletCount);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
    expect(new Set(matrix.newClaims.map((row) => row.claimId)).size).toBe(matrix.newClaims.length);
  });

  it("counts each column's cells and its figures from that column alone", () => {
    for (const [index, column] of matrix.columns.entries()) {
      if (column.isReference) continue;
      const cells = [...matrix.statements, ...matrix.newClaims].map((row) => row.cells[index]);
      for (const label of ["faithful", "invented", "omitted"] as const) expect(column.counts[label], `${column.outletName} ${label}`).toBe(cells.filter((cell) => cell === label).length);
      const carried = cells.filter((cell) => cell && cell !== "unlabelled" && cell !== "omitted");
      expect(column.figures?.carried).toBe(carried.length);
      expect(column.figures?.distorted).toBe(carried.filter((cell) => ["softened", "hardened", "altered", "invented"].includes(cell ?? "")).length);
      const statementsCarried = matrix.statements.filter((row) => row.cells[index] !== "omitted" && row.cells[index] !== null).length;
      expect(column.figures?.coverage).toBeCloseTo(statementsCarried / matrix.statements.length);
    }
  });

  it("tells a short faithful rewrite from an inventive one: Orda.kz covers least, The Levant Files distorts more", () => {
    const figures = (outlet: string) => matrix.columns.find((column) => column.outletName === outlet)?.figures;
    expect(figures("Orda.kz")?.coverage ?? 1).toBeLessThan(figures("AnewZ")?.coverage ?? 0);
    expect(figures("The Levant Files")?.distortion ?? 0).toBeGreaterThan(figures("AnewZ")?.distortion ?? 1);
  });

  it.each([
    ["distortion", (column: StoryMatrix["columns"][number]) => -(column.figures?.distortion ?? -1)],
    ["coverage", (column: StoryMatrix["columns"][number]) => -(column.figures?.coverage ?? -1)],
  ] as const)("sorts derivatives by %s, highest first, with ?sort=", async (sort, key) => {
    const sorted = (await getStoryMatrix(SLUG, { sort, expand: [] }, testDb.db)) as StoryMatrix;
    expect(sorted.columns[0]?.isReference).toBe(true);
    const keys = sorted.columns.slice(1).map(key);
    expect(keys).toEqual([...keys].sort((a, b) => a - b));
    // The rows follow their columns.
    const levant = sorted.columns.findIndex((column) => column.outletName === "The Levant Files");
    expect(sorted.newClaims.map((row) => row.cells[levant])).toEqual(columnCells(matrix, "The Levant Files").slice(matrix.statements.length));
  });

  it("sorts derivatives by outlet name with ?sort=outlet", async () => {
    const sorted = (await getStoryMatrix(SLUG, { sort: "outlet", expand: [] }, testDb.db)) as StoryMatrix;
    const names = sorted.columns.slice(1).map((column) => column.outletName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, "en", { numeric: true })));
  });

  it("expands only the requested statements of this story, ignoring other ids", async () => {
    const target = matrix.statements.find((row) => row.detailCount >= 3);
    expect(target).toBeDefined();
    const expanded = (await getStoryMatrix(SLUG, { sort: "date", expand: [target?.claimId ?? "", "nosuchclaim"] }, testDb.db)) as StoryMatrix;
    expect(expanded.expanded).toEqual([target?.claimId]);
    const row = expanded.statements.find((statement) => statement.claimId === target?.claimId);
    expect(row?.details).toHaveLength(target?.detailCount ?? -1);
    expect(row?.details?.every((detail) => detail.kind === "detail" && detail.cells[0] === "origin")).toBe(true);
    expect(expanded.statements.filter((statement) => statement.details !== null)).toHaveLength(1);
    // Details do not change the figures: they count the collapsed rows only.
    expect(expanded.columns.map((column) => column.figures)).toEqual(matrix.columns.map((column) => column.figures));
  });
});

describe.each(listTestDialects())("getStoryMatrix effective labels on $dialect", ({ create }) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await create();
    await seedStories(testDb.db);
  }, 60_000);
  afterAll(() => testDb.dispose());

  it("shows the most severe effective label, where an editor's verdict wins over the machine's", async () => {
    // A faithful statement span that is the only span of its claim in its article.
    const spans = await testDb.db.claimAppearance.findMany({
      where: { claim: { kind: "statement" }, article: { outlet: { name: "AnewZ" } } },
      select: { id: true, claimId: true, articleId: true, machineLabel: true },
    });
    const appearance = spans.find((span) => span.machineLabel === "faithful" && spans.filter((other) => other.claimId === span.claimId).length === 1);
    if (!appearance) throw new Error("the seed story has no single faithful AnewZ span");
    const cellFor = async () => {
      const matrix = (await getStoryMatrix(SLUG, collapsed, testDb.db)) as StoryMatrix;
      const column = matrix.columns.findIndex((c) => c.articleId === appearance.articleId);
      return matrix.statements.find((row) => row.claimId === appearance.claimId)?.cells[column];
    };
    expect(await cellFor()).toBe("faithful");
    await testDb.db.claimAppearance.update({ where: { id: appearance.id }, data: { editorLabel: "altered" } });
    expect(await cellFor()).toBe("altered");
    // A second, milder span of the same claim does not lower the cell.
    await testDb.db.claimAppearance.create({
      data: { claimId: appearance.claimId, articleId: appearance.articleId, start: 0, end: 1, text: "x", machineLabel: "softened" },
    });
    expect(await cellFor()).toBe("altered");
    // Stale spans (the latest run no longer finds them) are left out.
    await testDb.db.claimAppearance.update({ where: { id: appearance.id }, data: { isStale: true } });
    expect(await cellFor()).toBe("softened");
  });
});
