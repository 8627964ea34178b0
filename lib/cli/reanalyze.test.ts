import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { dumpStoryAnalysis } from "@/lib/testing/dump-story-analysis";

// `npm run reanalyze` as a user runs it: a real process on a real database file.
const ROOT = path.resolve(import.meta.dirname, "../..");
const SLUG = "abraham-accords-expansion";

let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(async () => {
  await testDb.dispose();
});

function runReanalyze(...args: string[]) {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/reanalyze.ts", ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: testDb.url } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("npm run reanalyze -- --story SLUG --reference ID", () => {
  it("makes that article the reference and re-analyses against it, as Make reference does; nothing left under a stage story", async () => {
    const { db } = testDb;
    await seedStories(db);
    const story = await db.story.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true, referenceArticleId: true, articles: { select: { id: true, sourceFile: true } } } });
    const orda = story.articles.find((article) => article.sourceFile === "004_cd2b3fb8890cfec0.txt")!;
    const before = await dumpStoryAnalysis(db, story.id);

    const run = runReanalyze("--story", SLUG, "--reference", orda.id);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`reanalyze: ${SLUG}: 5 articles, \\d+ claims, .*; \\d+ write transactions, longest \\d+ ms \\(switch \\d+ ms`));
    const after = await db.story.findUniqueOrThrow({ where: { id: story.id }, select: { referenceArticleId: true, analyzedReferenceId: true } });
    expect(after).toEqual({ referenceArticleId: orda.id, analyzedReferenceId: orda.id });
    expect(await dumpStoryAnalysis(db, story.id)).not.toEqual(before);
    expect(await db.auditLog.count({ where: { action: "story.set-reference", storyId: story.id } })).toBe(1);
    expect(await db.story.count({ where: { stagedForId: { not: null } } })).toBe(0);
    expect(await db.claim.count({ where: { story: { stagedForId: { not: null } } } })).toBe(0);
  }, 60_000);

  it.each([
    { name: "without --story", args: ["--reference", "x"], error: /--reference needs --story/ },
    { name: "an article of no such story", args: ["--story", SLUG, "--reference", "not-an-article"], error: /has no article not-an-article/ },
  ])("refuses $name with a clear message and changes nothing", async ({ args, error }) => {
    const { db } = testDb;
    await seedStories(db);
    const before = await db.story.findUniqueOrThrow({ where: { slug: SLUG }, select: { referenceArticleId: true, analyzedAt: true } });
    const run = runReanalyze(...args);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(error);
    expect(await db.story.findUniqueOrThrow({ where: { slug: SLUG }, select: { referenceArticleId: true, analyzedAt: true } })).toEqual(before);
    expect(await db.job.count()).toBe(0);
  }, 60_000);
});
