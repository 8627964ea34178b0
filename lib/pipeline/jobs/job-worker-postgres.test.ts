import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { getPostgresTemplate, type TestDb } from "@/lib/testing/create-test-db";
import { dumpStoryAnalysis } from "@/lib/testing/dump-story-analysis";
import { createPostgresTestDb } from "@/lib/testing/postgres-test-db";
import { generateRewrites, writeStoryFolder } from "@/lib/testing/write-generated-story";
import { analyzeStoredStory } from "../analyze-stored-story";
import { seedStories } from "../seed-stories";
import { BOSS_QUEUE, BOSS_SCHEMA, createBossJobQueue, getBoss, stopBoss } from "./boss-job-queue";
import { STALE_AFTER_MS } from "./job-queue";
import { startJobWorker, type JobWorker, type JobWorkerOptions } from "./job-worker";
import { waitFor } from "@/lib/testing/wait-for";

const SLUG = "abraham-accords-expansion";
const ROOT = path.resolve(import.meta.dirname, "../../..");
const template = getPostgresTemplate();
/** Retries after 1 s instead of RETRY_DELAY_SECONDS, so a retried job ends within the test's time. */
const DELIVERY = { retryDelaySeconds: 1 };

/** pg-boss's own record of the deliveries of Job `jobId`. */
async function deliveriesOf(url: string, jobId: string): Promise<{ state: string; retry_count: number }[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT state, retry_count FROM ${BOSS_SCHEMA}.job WHERE name = $1 AND data->>'jobId' = $2 ORDER BY created_on`, [BOSS_QUEUE, jobId]);
    return rows as { state: string; retry_count: number }[];
  } finally {
    await client.end();
  }
}

// On PostgreSQL jobs reach workers through pg-boss; the Job row stays their visible state.
describe.skipIf(!template)("analysis jobs through pg-boss", () => {
  let testDb: TestDb;
  let worker: JobWorker | null = null;
  beforeEach(async () => {
    testDb = await createPostgresTestDb(template!);
  });
  afterEach(async () => {
    await worker?.stop(5_000);
    worker = null;
    await stopBoss(testDb.url, 5_000);
    await testDb.dispose();
  });

  async function seededStory() {
    await seedStories(testDb.db);
    const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    return { ...story, analysis: await dumpStoryAnalysis(testDb.db, story.id) };
  }

  /** A pg-boss worker on the test's database with quick retries and no log, `concurrency` slots, optionally observing each step. */
  function startTestWorker(concurrency: number, run?: JobWorkerOptions["run"]) {
    const { db, url } = testDb;
    return startJobWorker({ db, url, concurrency, delivery: DELIVERY, log: () => undefined, ...(run ? { run } : {}) });
  }

  it("a queued job is delivered to a worker and runs once: Job row succeeded on its first attempt, pg-boss's delivery completed; its schema stays out of Prisma's", async () => {
    const { db, url } = testDb;
    const story = await seededStory();
    const queue = createBossJobQueue(db, await getBoss(url), DELIVERY);
    const job = await queue.enqueue({ kind: "story.reanalyze", storyId: story.id });
    expect(job).toMatchObject({ state: "queued", attempts: 0 });

    worker = await startTestWorker(2);
    const done = await waitFor(() => queue.get(job.id), (row) => row?.state === "succeeded" || row?.state === "failed");
    expect(done).toMatchObject({ state: "succeeded", attempts: 1, error: null });
    await waitFor(() => deliveriesOf(url, job.id), (rows) => rows[0]?.state === "completed");
    expect(await deliveriesOf(url, job.id)).toEqual([{ state: "completed", retry_count: 0 }]);
    // The story ends as a straight analysis leaves it.
    const switched = await dumpStoryAnalysis(db, story.id);
    await analyzeStoredStory(db, story.id);
    expect(await dumpStoryAnalysis(db, story.id)).toEqual(switched);

    // pg-boss's tables live in their own schema; Prisma's migrations on `public` still apply cleanly.
    const tables = await db.$queryRawUnsafe<{ schema: string }[]>(`SELECT DISTINCT table_schema::text AS schema FROM information_schema.tables WHERE table_name IN ('job', 'queue', 'version', 'archive', 'schedule', 'subscription')`);
    expect(tables.map((row) => row.schema)).toEqual([BOSS_SCHEMA]);
    const deployed = execFileSync(path.join(ROOT, "node_modules/.bin/prisma"), ["migrate", "deploy"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
    expect(deployed).toMatch(/No pending migrations/);
  }, 60_000);

  it("a failed attempt is retried by pg-boss: the Job row shows the attempts and the first one's error", async () => {
    const { db, url } = testDb;
    const story = await seededStory();
    const queue = createBossJobQueue(db, await getBoss(url), DELIVERY);
    const job = await queue.enqueue({ kind: "story.reanalyze", storyId: story.id });
    // The first attempt dies in the middle of its analysis.
    worker = await startTestWorker(1, {
      observe: (running) => {
        if (running.attempts === 1) throw new Error("disk on fire (attempt 1)");
      },
    });
    const done = await waitFor(() => queue.get(job.id), (row) => row?.state === "succeeded" || row?.state === "failed");
    expect(done).toMatchObject({ state: "succeeded", attempts: 2, error: "disk on fire (attempt 1)" });
    await waitFor(() => deliveriesOf(url, job.id), (rows) => rows[0]?.state === "completed");
    expect(await deliveriesOf(url, job.id)).toEqual([{ state: "completed", retry_count: 1 }]);
    expect(await db.analysisStage.count({ where: { jobId: job.id } })).toBe(0);
  }, 60_000);

  it("a job failing every attempt ends failed on both sides, the previous analysis in force", async () => {
    const { db, url } = testDb;
    const story = await seededStory();
    const queue = createBossJobQueue(db, await getBoss(url), DELIVERY);
    const job = await queue.enqueue({ kind: "story.reanalyze", storyId: story.id, maxAttempts: 2 });
    worker = await startTestWorker(1, {
      observe: (running, phase) => {
        if (phase === "switch") throw new Error(`killed before the switch (attempt ${running.attempts})`);
      },
    });
    const done = await waitFor(() => queue.get(job.id), (row) => row?.state === "failed");
    expect(done).toMatchObject({ state: "failed", attempts: 2, error: "killed before the switch (attempt 2)" });
    await waitFor(() => deliveriesOf(url, job.id), (rows) => rows[0]?.state === "failed");
    expect(await deliveriesOf(url, job.id)).toEqual([{ state: "failed", retry_count: 1 }]);
    expect(await dumpStoryAnalysis(db, story.id)).toEqual(story.analysis);
    expect(await db.analysisStage.count({ where: { jobId: job.id } })).toBe(0);
  }, 60_000);

  it("pg-boss's expiry is the backstop: a delivery whose worker vanished is delivered again, and the job runs once", async () => {
    const { db, url } = testDb;
    const story = await seededStory();
    const boss = await getBoss(url);
    // Deliveries that expire after 1 s (EXPIRE_IN_SECONDS in production).
    const queue = createBossJobQueue(db, boss, { ...DELIVERY, expireInSeconds: 1 });
    const job = await queue.enqueue({ kind: "story.reanalyze", storyId: story.id });
    // A worker takes the delivery and the row, then vanishes without a word.
    const [taken] = await boss.fetch(BOSS_QUEUE);
    expect(taken?.data).toEqual({ jobId: job.id });
    expect(await queue.claim({ id: job.id })).toMatchObject({ state: "running", attempts: 1 });
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    await boss.maintain(); // pg-boss's maintenance (every 60 s in a worker) expires it: a retry
    // (pg-boss counts a retry when it hands the delivery out again.)
    expect(await deliveriesOf(url, job.id)).toEqual([{ state: "retry", retry_count: 0 }]);
    // The dead worker's heartbeat is a minute old by the time anyone looks (STALE_AFTER_MS, skipped).
    await db.job.update({ where: { id: job.id }, data: { heartbeatAt: new Date(Date.now() - STALE_AFTER_MS - 1_000) } });
    worker = await startTestWorker(1);
    const done = await waitFor(() => queue.get(job.id), (row) => row?.state === "succeeded" || row?.state === "failed");
    expect(done).toMatchObject({ state: "succeeded", attempts: 2 });
    // The expired delivery (or the sweep's resume delivery, whichever came first) ran it; both end completed.
    await waitFor(() => deliveriesOf(url, job.id), (rows) => rows.every((row) => row.state === "completed"));
    const switched = await dumpStoryAnalysis(db, story.id);
    await analyzeStoredStory(db, story.id);
    expect(await dumpStoryAnalysis(db, story.id)).toEqual(switched);
  }, 60_000);

  /** Starts `npm run worker`'s entry point (under tsx) on the test database; its output is collected. */
  function spawnWorker(url: string): { child: ChildProcess; output: () => string } {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(ROOT, "lib/cli/worker.ts"), "--concurrency", "1"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: url }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on("data", (chunk: Buffer) => (output += chunk.toString()));
    return { child, output: () => output };
  }

  it("a worker process killed (SIGKILL) mid-job: the previous analysis stays in force, the next worker delivers it again and it ends analysed once", async () => {
    const { db, url } = testDb;
    // A story large enough that its re-analysis takes seconds: the wire report and 40 generated rewrites.
    const dir = mkdtempSync(path.join(tmpdir(), "claimtrail-kill-"));
    const slug = "kill-mid-job";
    writeStoryFolder(path.join(dir, slug), slug, generateRewrites(40, 16), 1, true);
    try {
      await seedStories(db, dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const story = await db.story.findUniqueOrThrow({ where: { slug }, select: { id: true, analyzedAt: true } });
    const before = await dumpStoryAnalysis(db, story.id);
    const queue = createBossJobQueue(db, await getBoss(url), DELIVERY);
    const job = await queue.enqueue({ kind: "story.reanalyze", storyId: story.id });

    const first = spawnWorker(url);
    const exited = new Promise<NodeJS.Signals | null>((resolve) => first.child.once("exit", (_code, signal) => resolve(signal)));
    // Killed the hard way once the Job row shows the job under way.
    const running = await waitFor(() => queue.get(job.id), (row) => row?.state !== "queued" || first.child.exitCode !== null);
    expect(running, first.output()).toMatchObject({ state: "running", attempts: 1 });
    await waitFor(() => queue.get(job.id), (row) => (row?.progressDone ?? 0) > 0 || row?.state !== "running", 20_000);
    first.child.kill("SIGKILL");
    expect(await exited).toBe("SIGKILL");
    const atKill = await queue.get(job.id);
    expect(atKill, first.output()).toMatchObject({ state: "running", attempts: 1 });
    expect(["analyse", "stage"]).toContain(atKill!.phase); // killed mid-job, before the switch
    // Nothing half-written: readers see the previous analysis, all of it.
    expect(await dumpStoryAnalysis(db, story.id)).toEqual(before);

    // The minute without a heartbeat that marks its process dead (STALE_AFTER_MS), skipped.
    await db.job.update({ where: { id: job.id }, data: { heartbeatAt: new Date(Date.now() - STALE_AFTER_MS - 1_000) } });
    const second = spawnWorker(url);
    try {
      const done = await waitFor(() => queue.get(job.id), (row) => row?.state === "succeeded" || row?.state === "failed", 45_000);
      expect(done, second.output()).toMatchObject({ state: "succeeded", attempts: 2 });
      expect(done!.error).toMatch(/attempt 1 stopped: no heartbeat/);
      expect(second.output()).toMatch(/lost its process .*delivered again/);
    } finally {
      second.child.kill("SIGTERM");
      await new Promise((resolve) => second.child.once("exit", resolve));
    }
    // Analysed once: nothing left staged, and the story holds what a straight analysis stores.
    expect(await db.analysisStage.count({ where: { jobId: job.id } })).toBe(0);
    const switched = await dumpStoryAnalysis(db, story.id);
    expect(switched.claims.length).toBe(before.claims.length);
    await analyzeStoredStory(db, story.id);
    expect(await dumpStoryAnalysis(db, story.id)).toEqual(switched);
  }, 90_000);
});
