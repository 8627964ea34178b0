import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { importArticles } from "@/lib/pipeline/import-articles";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { getStoryMatrix, type MatrixCell, type StoryMatrix } from "./get-story-matrix";
import { getStoryMatrixAsOf } from "./get-story-matrix-as-of";

vi.mock("server-only", () => ({}));

const REFERENCE = `Ministers will sign the port agreement on Friday, officials said.

The deal covers 12 harbours along the coast, according to the ministry.

"This is a historic day for our trade," the minister said.

The agreement will take effect in March.`;

/** The first capture of the Daily Example page: a wrong figure and a detail of its own. */
const FIRST = `Ministers will sign the port agreement on Friday, officials said.

The deal covers 21 harbours along the coast, according to the ministry.

"This is a historic day for our trade," the minister said.

The agreement will take effect in March, and 300 new jobs are expected.`;

/** The page later: "will" → "may", the figure corrected, the quote and the jobs gone, a comma dropped. */
const SECOND = `Ministers may sign the port agreement on Friday, officials said.

The deal covers 12 harbours along the coast according to the ministry.

The agreement will take effect in March.`;

const BULLETIN = `Ministers will sign the port agreement on Friday, officials said.

The deal covers 12 harbours along the coast, according to the ministry.

The agreement will take effect in March.`;

const LATE = `Ministers signed the port agreement on Friday.

The deal covers 12 harbours along the coast.`;

const T1 = "2025-08-01T09:00:00.000Z";
const T2 = "2025-08-01T15:00:00.000Z";
const T3 = "2025-08-02T09:00:00.000Z";
const daily = { outlet: { name: "Daily Example", kind: "newspaper" }, publishedAt: "2025-08-01" } as const;
const bulletin = { outlet: { name: "Bulletin", kind: "blog" }, publishedAt: "2025-08-01" } as const;
const wire = { outlet: { name: "Wire", kind: "wire" }, publishedAt: "2025-08-01", isReference: true } as const;
const collapsed = { sort: "date", expand: [] } as const;

/** Each outlet's cell per statement, keyed by the statement's wording (ids differ between stories). */
function statementCells(matrix: StoryMatrix): Record<string, Record<string, MatrixCell>> {
  return Object.fromEntries(matrix.statements.map((row) => [row.text, Object.fromEntries(matrix.columns.map((column, index) => [column.outletName, row.cells[index] ?? null]))]));
}

describe("getStoryMatrixAsOf", () => {
  let testDb: TestDb;
  let current: StoryMatrix;
  /** A story holding exactly the texts of T1, analysed and stored the ordinary way: what "as of T1" must show. */
  let twin: StoryMatrix;
  let dailyId: string;

  beforeAll(async () => {
    testDb = createTestDb();
    const { db } = testDb;
    const created = await importArticles(db, {
      newStory: { title: "Port deal", slug: "port-deal" },
      articles: [
        { text: REFERENCE, ...wire, url: "https://wire.example/ports", capturedAt: T1 },
        { text: FIRST, ...daily, url: "https://daily.example/ports", capturedAt: T1 },
        { text: BULLETIN, ...bulletin, url: "https://bulletin.example/ports", capturedAt: T1 },
      ],
    });
    dailyId = created.articles[1]!.id;
    await importArticles(db, { storySlug: "port-deal", articles: [{ text: SECOND, ...daily, url: "https://daily.example/ports", capturedAt: T2 }] });
    await importArticles(db, { storySlug: "port-deal", articles: [{ text: LATE, outlet: { name: "Late Post", kind: "newspaper" }, publishedAt: "2025-08-02", url: "https://late.example/ports", capturedAt: T3 }] });
    current = (await getStoryMatrix("port-deal", collapsed, db))!;
    await importArticles(db, {
      newStory: { title: "Port deal at T1", slug: "port-deal-t1" },
      articles: [
        { text: REFERENCE, ...wire, url: "https://wire.example/ports" },
        { text: FIRST, ...daily, url: "https://daily.example/ports" },
        { text: BULLETIN, ...bulletin, url: "https://bulletin.example/ports" },
      ],
    });
    twin = (await getStoryMatrix("port-deal-t1", collapsed, db))!;
  }, 120_000);
  afterAll(() => testDb.dispose());

  it("as of the first capture shows every article as it was then, as a story of those texts would", async () => {
    const view = await getStoryMatrixAsOf(current, new Date(T1), { sort: "date" }, testDb.db);
    expect(view.earlier).toEqual([{ articleId: dailyId, outletName: "Daily Example", revision: 1, latestRevision: 2, capturedAt: new Date(T1) }]);
    expect(view.notYetCaptured.map((article) => article.outletName)).toEqual(["Late Post"]);
    expect(view.matrix.columns.map((column) => column.outletName)).toEqual(twin.columns.map((column) => column.outletName));
    expect(statementCells(view.matrix)).toEqual(statementCells(twin));
    // The current matrix differs where the page changed: the as-of state is not the current one.
    expect(statementCells(view.matrix)).not.toEqual(statementCells({ ...current, columns: current.columns.filter((column) => column.outletName !== "Late Post") }));
    // The jobs figure only the first capture carried has no row now: listed instead, as in the twin.
    const twinNew = twin.newClaims.map((row) => row.text).sort();
    expect([...view.matrix.newClaims.map((row) => row.text), ...view.pastOnlyDetails.map((detail) => detail.text)].sort()).toEqual(twinNew);
    expect(view.pastOnlyDetails.map((detail) => [detail.outletName, detail.text])).toEqual([["Daily Example", expect.stringMatching(/300/)]]);
    // Every row's cells line up with the columns shown, and links keep the time.
    for (const row of [...view.matrix.statements, ...view.matrix.newClaims]) expect(row.cells).toHaveLength(view.matrix.columns.length);
    expect(view.matrix.asOf).toEqual(new Date(T1));
  }, 60_000);

  it("between captures leaves out what was not captured yet and keeps the revised article at its current text", async () => {
    const view = await getStoryMatrixAsOf(current, new Date(T2), { sort: "date" }, testDb.db);
    expect(view.earlier).toEqual([]);
    expect(view.notYetCaptured.map((article) => article.outletName)).toEqual(["Late Post"]);
    const late = current.columns.findIndex((column) => column.outletName === "Late Post");
    const withoutLate = (row: StoryMatrix["statements"][number]) => row.cells.filter((_cell, index) => index !== late);
    expect(view.matrix.statements.map((row) => row.cells)).toEqual(current.statements.map(withoutLate));
  }, 60_000);

  it("as of now is the current matrix", async () => {
    const view = await getStoryMatrixAsOf(current, new Date(), { sort: "distortion" }, testDb.db);
    expect(view.earlier).toEqual([]);
    expect(view.notYetCaptured).toEqual([]);
    const sorted = (await getStoryMatrix("port-deal", { sort: "distortion", expand: [] }, testDb.db))!;
    expect(view.matrix.columns.map((column) => column.outletName)).toEqual(sorted.columns.map((column) => column.outletName));
  }, 60_000);

  it("keeps editor verdicts on current texts and shows the machine's labels for an earlier revision", async () => {
    const { db } = testDb;
    // A verdict on each current text: Bulletin's (its only revision) and Daily Example's second revision.
    const claimed = await db.claimAppearance.findMany({ where: { article: { story: { slug: "port-deal" }, outlet: { name: { in: ["Bulletin", "Daily Example"] } } }, claim: { kind: "statement" } }, include: { article: { include: { outlet: true } }, claim: true } });
    const statement = claimed.find((appearance) => appearance.article.outlet.name === "Bulletin" && appearance.claim.text.startsWith("Ministers will sign"))!;
    for (const appearance of claimed.filter((candidate) => candidate.claimId === statement.claimId)) {
      await db.claimAppearance.update({ where: { id: appearance.id }, data: { editorLabel: "invented", isReviewed: true } });
    }
    const edited = (await getStoryMatrix("port-deal", collapsed, db))!;
    const view = await getStoryMatrixAsOf(edited, new Date(T1), { sort: "date" }, db);
    const cells = statementCells(view.matrix)[statement.claim.text]!;
    expect(cells.Bulletin).toBe("invented"); // the verdict was given on the text shown
    expect(cells["Daily Example"]).toBe(statementCells(twin)[statement.claim.text]!["Daily Example"]); // the machine's label of revision 1
    expect(cells["Daily Example"]).not.toBe("invented");
  }, 60_000);
});
