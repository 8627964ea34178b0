import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { createDbJobQueue } from "./job-queue";

let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(async () => {
  await testDb.dispose();
});

describe("the job queue on SQLite", () => {
  it("moves a job from queued to running to succeeded, with its progress, and hands it to one runner only", async () => {
    const queue = createDbJobQueue(testDb.db);
    const other = createDbJobQueue(testDb.db);
    const job = await queue.enqueue({ kind: "story.reanalyze", storyId: null, payload: { why: "test" } });
    expect(job).toMatchObject({ state: "queued", attempts: 0, payload: { why: "test" } });

    const claimed = await queue.claim();
    expect(claimed).toMatchObject({ id: job.id, state: "running", attempts: 1 });
    expect(claimed!.heartbeatAt).toBeInstanceOf(Date);
    // A second runner (another process: a CLI beside the server) finds nothing to take.
    expect(await other.claim()).toBeNull();

    await queue.reportProgress(job.id, { phase: "analyse", done: 3, total: 10 });
    expect(await other.get(job.id)).toMatchObject({ state: "running", phase: "analyse", progressDone: 3, progressTotal: 10 });

    await queue.complete(job.id, { claims: 7 });
    const row = await testDb.db.job.findUniqueOrThrow({ where: { id: job.id } });
    expect(row).toMatchObject({ state: "succeeded", result: { claims: 7 }, error: null });
    expect(row.finishedAt).toBeInstanceOf(Date);
    expect(await other.claim()).toBeNull();
  });

  it("queues a failed job again while attempts remain, then fails it for good", async () => {
    const queue = createDbJobQueue(testDb.db);
    const job = await queue.enqueue({ kind: "story.reanalyze", storyId: null, maxAttempts: 2 });
    await queue.claim();
    expect(await queue.fail(job.id, "first crash")).toBe("queued");
    expect(await queue.get(job.id)).toMatchObject({ state: "queued", attempts: 1, error: "first crash" });
    expect(await queue.claim()).toMatchObject({ id: job.id, attempts: 2 });
    expect(await queue.fail(job.id, "second crash")).toBe("failed");
    expect(await queue.get(job.id)).toMatchObject({ state: "failed", attempts: 2, error: "second crash" });
    expect(await queue.claim()).toBeNull();
  });

  it("takes over a running job whose heartbeat went stale (its process died), and fails it once its attempts are spent", async () => {
    let clock = new Date("2026-12-04T10:00:00Z");
    const now = () => clock;
    const dead = createDbJobQueue(testDb.db, { now, staleAfterMs: 60_000 });
    const survivor = createDbJobQueue(testDb.db, { now, staleAfterMs: 60_000 });
    const job = await dead.enqueue({ kind: "story.reanalyze", storyId: null, maxAttempts: 2 });
    await dead.claim();
    clock = new Date(clock.getTime() + 30_000);
    await dead.heartbeat(job.id);
    clock = new Date(clock.getTime() + 59_000);
    expect(await survivor.claim()).toBeNull(); // beat 59 s ago: still alive

    clock = new Date(clock.getTime() + 2_000);
    expect(await survivor.claim({ id: job.id })).toMatchObject({ id: job.id, state: "running", attempts: 2 });
    expect(await survivor.get(job.id)).toMatchObject({ error: "attempt 1 stopped: no heartbeat for 60 s" });

    // The second process dies too: with no attempts left the job is failed, not run a third time.
    clock = new Date(clock.getTime() + 61_000);
    expect(await survivor.claim()).toBeNull();
    expect(await survivor.get(job.id)).toMatchObject({ state: "failed", attempts: 2 });
  });

  it("a job that succeeds on a later attempt keeps the earlier failure's message", async () => {
    const queue = createDbJobQueue(testDb.db);
    const job = await queue.enqueue({ kind: "story.reanalyze", storyId: null });
    await queue.claim();
    await queue.fail(job.id, "story changed while it was analysed");
    await queue.claim();
    await queue.complete(job.id, { claims: 1 });
    expect(await queue.get(job.id)).toMatchObject({ state: "succeeded", attempts: 2, error: "story changed while it was analysed" });
  });

  it("claims the oldest job first, or the one named", async () => {
    const queue = createDbJobQueue(testDb.db);
    const first = await queue.enqueue({ kind: "story.reanalyze", storyId: null });
    await new Promise((resolve) => setTimeout(resolve, 5));
    const second = await queue.enqueue({ kind: "story.set-reference", storyId: null, payload: { articleId: "a" } });
    expect((await queue.claim({ id: second.id }))?.id).toBe(second.id);
    expect((await queue.claim())?.id).toBe(first.id);
  });
});
