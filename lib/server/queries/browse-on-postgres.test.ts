import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { listTestDialects, type TestDb } from "@/lib/testing/create-test-db";
import { getArticleReader } from "./get-article-reader";
import { getClaim } from "./get-claim";
import { getOutletScorecard } from "./get-outlet-scorecard";
import { getReviewQueue } from "./get-review-queue";
import { getStoryLabelTotals } from "./get-story-label-totals";
import { getStoryMatrix } from "./get-story-matrix";
import { listStories } from "./list-stories";
import { MATRIX_SORTS } from "@/lib/validation/story-page";

vi.mock("server-only", () => ({}));

// Import + browse on PostgreSQL: the seed story imported (and analysed) into both databases, then
// what the home page, the story page, every article's reader, claim pages and the review queue
// read must be the same on both. Row ids and timestamps differ between two imports, so they are
// masked; everything else (texts, labels, counts, order) is compared as is.
const dialects = listTestDialects();
const SLUG = "abraham-accords-expansion";

/** The value with every generated id and every Date replaced by a placeholder. */
function masked(value: unknown): unknown {
  return JSON.parse(
    JSON.stringify(value, (_, v: unknown) => (typeof v === "bigint" ? Number(v) : v)),
    (_, v: unknown) => (typeof v === "string" && /^c[a-z0-9]{15,}$/.test(v) ? "<id>" : typeof v === "string" && /^\d{4}-\d\d-\d\dT\d\d:\d\d/.test(v) ? "<date>" : v),
  );
}

describe.skipIf(dialects.length < 2)("the seed story on PostgreSQL reads as on SQLite", () => {
  let sqlite: TestDb;
  let postgres: TestDb;
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all(dialects.map(({ create }) => create())) as [TestDb, TestDb];
    await seedStories(sqlite.db);
    await seedStories(postgres.db);
  }, 120_000);
  afterAll(() => Promise.all([sqlite?.dispose(), postgres?.dispose()]));

  /** Runs `read` on both databases and expects the same masked result; returns it. */
  const same = async <T>(read: (testDb: TestDb) => Promise<T>) => {
    const [a, b] = await Promise.all([read(sqlite), read(postgres)]);
    expect(masked(b)).toEqual(masked(a));
    return a;
  };

  it("imports the same rows", async () => {
    await same(async ({ db }) => [await db.story.count(), await db.article.count(), await db.claim.count(), await db.claimAppearance.count(), await db.omission.count(), await db.sentence.count()]);
  });

  it("home page: stories and their label totals", async () => {
    const stories = await same(({ db }) => listStories({ includeDrafts: true }, db));
    expect(stories.length).toBeGreaterThan(0);
    await same(async ({ db }) => [...(await getStoryLabelTotals(db)).values()]);
  });

  it("story page: the provenance matrix in each sort, and the outlet scorecard", async () => {
    for (const sort of MATRIX_SORTS) {
      const matrix = await same(({ db }) => getStoryMatrix(SLUG, { sort, expand: [] }, db));
      expect(matrix?.statements.length).toBeGreaterThan(20);
    }
    await same(async ({ db }) => getOutletScorecard((await getStoryMatrix(SLUG, { sort: "date", expand: [] }, db))!));
  });

  it("every article's reader", async () => {
    const outlets = (await sqlite.db.article.findMany({ select: { outlet: { select: { name: true } } } })).map((article) => article.outlet.name);
    expect(outlets.length).toBeGreaterThan(3);
    for (const outlet of outlets) {
      await same(async ({ db }) => getArticleReader((await db.article.findFirstOrThrow({ where: { outlet: { name: outlet } }, select: { id: true } })).id, db));
    }
  }, 60_000);

  it("claim pages and the review queue", async () => {
    const keys = (await sqlite.db.claim.findMany({ orderBy: { position: "asc" }, take: 8, select: { key: true } })).map((claim) => claim.key);
    for (const key of keys) {
      await same(async ({ db }) => getClaim((await db.claim.findFirstOrThrow({ where: { key }, select: { id: true } })).id, db));
    }
    const queue = await same(({ db }) => getReviewQueue({}, db));
    expect(queue.items.length).toBeGreaterThan(0);
  }, 60_000);
});
