import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { listTestDialects, type TestDb } from "@/lib/testing/create-test-db";
import { dumpStoryAnalysis } from "@/lib/testing/dump-story-analysis";
import type { ArticleImportInput } from "@/lib/validation/article-import";
import { importArticles } from "../import-articles";
import { InputError } from "../input-error";
import { queueImport } from "../queue-import";
import { DEFAULT_SEEDS_DIR } from "../seed-stories";
import { createDbJobQueue } from "./job-queue";
import { runJobToEnd } from "./run-jobs";

const SEED = path.join(DEFAULT_SEEDS_DIR, "abraham-accords-expansion");
const read = (file: string) => readFileSync(path.join(SEED, file), "utf8");
const reference: ArticleImportInput = { text: read("001_4d75c897f5d879f7.txt"), title: "Reuters", outlet: { name: "Reuters", domain: "reuters.com", kind: "wire" }, url: "https://reuters.com/x", publishedAt: "2025-08-01", isReference: true };
const rewrites: ArticleImportInput[] = ["000_6fbb3d5136221882.txt", "002_383cd2eb02f0c364.txt", "003_08e63f9825b4c2c5.txt"].map((file, index) => ({
  text: read(file),
  title: `Rewrite ${index}`,
  outlet: { name: `Outlet ${index}`, domain: `outlet-${index}.example`, kind: "blog" },
  url: `https://outlet-${index}.example/story`,
  publishedAt: `2025-08-0${index + 2}`,
}));

let testDb: TestDb | null = null;
afterEach(async () => {
  await testDb?.dispose();
  testDb = null;
});

describe.each(listTestDialects())("an import as a job ($dialect)", ({ create }) => {
  async function twoStories() {
    testDb = await create();
    const { db } = testDb;
    const queued = await importArticles(db, { newStory: { title: "Queued", slug: "queued" }, articles: [reference] });
    const direct = await importArticles(db, { newStory: { title: "Direct", slug: "direct" }, articles: [reference] });
    return { db, queued, direct };
  }

  it("stores what the same import answered at once stores, reports its phases, and a second run writes nothing twice", async () => {
    const { db, queued, direct } = await twoStories();
    const queue = createDbJobQueue(db);
    const job = await queueImport(db, queue, { storyId: queued.storyId, storySlug: "queued", actorId: null, articles: rewrites });
    expect(job).toMatchObject({ kind: "story.import", state: "queued", storyId: queued.storyId });
    // Nothing is imported until the job runs.
    expect(await db.article.count({ where: { storyId: queued.storyId } })).toBe(1);

    const phases = new Set<string>();
    const outcome = await runJobToEnd(db, job.id, { queue, observe: (_job, phase) => void phases.add(phase) });
    expect(outcome.state).toBe("succeeded");
    expect(outcome.result).toMatchObject({ slug: "queued", outcomes: { added: 3, revised: 0, unchanged: 0 } });
    expect([...phases]).toEqual(["validate", "save", "analyse", "store"]);

    await importArticles(db, { storySlug: "direct", articles: rewrites });
    const strip = (dump: Awaited<ReturnType<typeof dumpStoryAnalysis>>) => JSON.stringify(dump).replaceAll("queued", "story").replaceAll("direct", "story");
    expect(strip(await dumpStoryAnalysis(db, queued.storyId))).toBe(strip(await dumpStoryAnalysis(db, direct.storyId)));

    // Run again (as after a crash between the commit and the job's completion): every article is
    // found unchanged, nothing is added.
    await db.job.update({ where: { id: job.id }, data: { state: "queued", attempts: 0 } });
    const again = await runJobToEnd(db, job.id, { queue });
    expect(again.result).toMatchObject({ outcomes: { added: 0, unchanged: 3 } });
    expect(await db.article.count({ where: { storyId: queued.storyId } })).toBe(4);
  });

  it("refuses bad input before queueing, listing every problem, and fails for good at once when the story changed under a queued import", async () => {
    const { db, queued } = await twoStories();
    const queue = createDbJobQueue(db);
    const broken = [{ ...rewrites[0]!, url: "not a url" }, { ...rewrites[1]!, text: "" }];
    const refused = await queueImport(db, queue, { storyId: queued.storyId, storySlug: "queued", actorId: null, articles: broken }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(InputError);
    expect((refused as InputError).message).toMatch(/2 problems/);
    expect(await db.job.count()).toBe(0);

    const job = await queueImport(db, queue, { storyId: queued.storyId, storySlug: "queued", actorId: null, articles: [rewrites[0]!] });
    // Meanwhile someone imports the same text at another address: the queued import is now a duplicate.
    await importArticles(db, { storySlug: "queued", articles: [{ ...rewrites[0]!, url: "https://mirror.example/story" }] });
    const outcome = await runJobToEnd(db, job.id, { queue });
    expect(outcome).toMatchObject({ state: "failed" });
    expect(outcome.error).toMatch(/^nothing was imported: /);
    // One attempt: a refused input is not tried again.
    expect(await queue.get(job.id)).toMatchObject({ state: "failed", attempts: 1 });
  });
});
