import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { dumpStoryAnalysis } from "@/lib/testing/dump-story-analysis";
import { analyzeStoredStory } from "../analyze-stored-story";
import { seedStories } from "../seed-stories";
import { createDbJobQueue } from "./job-queue";
import { startJobWorker } from "./job-worker";
import { waitFor } from "@/lib/testing/wait-for";

const ROOT = path.resolve(import.meta.dirname, "../../..");

let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(async () => {
  await testDb.dispose();
});

// On SQLite `npm run worker` polls the Job table, as the server's in-process runner does.
describe("the job worker on SQLite", () => {
  it("`npm run worker` (lib/cli/worker.ts) drains the queued jobs, each once, and stops cleanly on SIGTERM", async () => {
    const { db, url } = testDb;
    await seedStories(db);
    const stories = await db.story.findMany({ where: { referenceArticleId: { not: null } }, select: { id: true }, orderBy: { slug: "asc" }, take: 2 });
    const queue = createDbJobQueue(db);
    const jobs = await Promise.all(stories.map((story) => queue.enqueue({ kind: "story.reanalyze", storyId: story.id })));

    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "lib/cli/worker.ts"), "--concurrency", "2"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      const rows = await waitFor(() => db.job.findMany({ where: { id: { in: jobs.map((job) => job.id) } }, select: { state: true, attempts: true } }), (rows) => rows.every((row) => row.state === "succeeded" || row.state === "failed"));
      expect(rows, output).toEqual(jobs.map(() => ({ state: "succeeded", attempts: 1 })));
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited, output).toBe(0);
    expect(output).toMatch(/SQLite \(polling the Job table\)/);
    for (const story of stories) {
      const switched = await dumpStoryAnalysis(db, story.id);
      await analyzeStoredStory(db, story.id);
      expect(await dumpStoryAnalysis(db, story.id)).toEqual(switched);
    }
  }, 60_000);

  it("an in-process worker takes a job queued after it started, and stop() waits for it", async () => {
    const { db, url } = testDb;
    await seedStories(db);
    const story = await db.story.findFirstOrThrow({ where: { referenceArticleId: { not: null } }, select: { id: true } });
    const worker = await startJobWorker({ db, url, concurrency: 1, log: () => undefined });
    const job = await createDbJobQueue(db).enqueue({ kind: "story.reanalyze", storyId: story.id });
    await waitFor(() => db.job.findUniqueOrThrow({ where: { id: job.id } }), (row) => row.state !== "queued");
    await worker.stop();
    expect(await db.job.findUniqueOrThrow({ where: { id: job.id } })).toMatchObject({ state: "succeeded", attempts: 1 });
  }, 60_000);
});
