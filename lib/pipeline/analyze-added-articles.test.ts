import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cleanArticle } from "@/lib/analysis";
import { generateCorpus } from "@/lib/analysis/bench/generate-corpus";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { dumpStoryAnalysis as dumpAnalysis } from "@/lib/testing/dump-story-analysis";
import type { ArticleImportInput } from "@/lib/validation/article-import";
import { analyzeStoredStory } from "./analyze-stored-story";
import { importArticles } from "./import-articles";
import { DEFAULT_SEEDS_DIR } from "./seed-stories";

// Adding articles analyses only them, joined to the stored clusters; the stored results must be
// exactly what analysing the whole story in one go stores.
const SEED = path.join(DEFAULT_SEEDS_DIR, "abraham-accords-expansion");
const read = (file: string) => readFileSync(path.join(SEED, file), "utf8");
const REFERENCE = read("001_4d75c897f5d879f7.txt");
const SEED_REWRITES = ["000_6fbb3d5136221882.txt", "002_383cd2eb02f0c364.txt", "003_08e63f9825b4c2c5.txt", "004_cd2b3fb8890cfec0.txt"].map(read);
// Generated rewrites share invented quotes and sourcing, so later articles join earlier clusters.
const GENERATED = generateCorpus(cleanArticle(REFERENCE).body.map((span) => span.text).join("\n"), SEED_REWRITES, 6, 30, 13).derivatives;
const DERIVATIVES = [...SEED_REWRITES, ...GENERATED];

const article = (text: string, index: number): ArticleImportInput => ({
  text,
  title: `Rewrite ${index}`,
  outlet: { name: `Outlet ${index}`, domain: `outlet-${index}.example`, kind: "blog" },
  url: `https://outlet-${index}.example/story`,
  // Increasing dates: story order is import order, as when a story grows over a day.
  publishedAt: `2025-08-${String(2 + index).padStart(2, "0")}`,
});
const REFERENCE_INPUT: ArticleImportInput = { text: REFERENCE, title: "Reuters", outlet: { name: "Reuters", domain: "reuters.com", kind: "wire" }, url: "https://reuters.com/x", publishedAt: "2025-08-01", isReference: true };

let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(async () => {
  await testDb.dispose();
});

describe("incremental analysis", () => {
  it("adding articles one at a time stores exactly what analysing the whole story in one go stores", async () => {
    const { db } = testDb;
    const whole = await importArticles(db, { newStory: { title: "In one go" }, articles: [REFERENCE_INPUT, ...DERIVATIVES.map(article)] });

    const grown = await importArticles(db, { newStory: { title: "One at a time" }, articles: [REFERENCE_INPUT, article(DERIVATIVES[0]!, 0)] });
    for (const [index, text] of DERIVATIVES.entries()) {
      if (index === 0) continue;
      const added = await importArticles(db, { storySlug: grown.slug, articles: [article(text, index)] });
      // Only the new article was analysed, against the stored reference model and clusters.
      expect(added.analysis).toMatchObject({ fullReason: null, analyzedArticles: 1, articles: index + 2 });
    }

    const expected = await dumpAnalysis(db, whole.storyId);
    expect(expected.claims.filter((claim) => claim.isNew).length).toBeGreaterThan(10);
    expect(await dumpAnalysis(db, grown.storyId)).toEqual(expected);
    // And a forced full re-analysis of the grown story changes nothing either.
    const full = await analyzeStoredStory(db, grown.storyId);
    expect(full.fullReason).toBe("requested");
    expect(await dumpAnalysis(db, grown.storyId)).toEqual(expected);
  }, 120_000);

  it("re-analyses the whole story when an added article sorts before an analysed one, or the engine version changed", async () => {
    const { db } = testDb;
    const story = await importArticles(db, { newStory: { title: "Out of order" }, articles: [REFERENCE_INPUT, article(DERIVATIVES[1]!, 5)] });
    const earlier = await importArticles(db, { storySlug: story.slug, articles: [article(DERIVATIVES[2]!, 1)] });
    expect(earlier.analysis?.fullReason).toBe("order");
    await db.story.update({ where: { id: story.storyId }, data: { engineVersion: "sha256:an-older-engine" } });
    const later = await importArticles(db, { storySlug: story.slug, articles: [article(DERIVATIVES[3]!, 9)] });
    expect(later.analysis).toMatchObject({ fullReason: "engine-changed", analyzedArticles: 3 });
    const next = await importArticles(db, { storySlug: story.slug, articles: [article(DERIVATIVES[4]!, 10)] });
    expect(next.analysis).toMatchObject({ fullReason: null, analyzedArticles: 1 });
  }, 60_000);
});
