import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { dumpStoryAnalysis } from "@/lib/testing/dump-story-analysis";
import { analyzeStoredStory } from "../analyze-stored-story";
import { seedStories } from "../seed-stories";
import { setStoryReference } from "../set-story-reference";
import { createDbJobQueue } from "./job-queue";
import { runJobToEnd, runQueuedJobs } from "./run-jobs";
import type { StoryAnalysisJobResult } from "./run-story-analysis-job";

const SLUG = "abraham-accords-expansion";
const ROOT = path.resolve(import.meta.dirname, "../../..");

let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(async () => {
  await testDb.dispose();
});

async function seededStory() {
  await seedStories(testDb.db);
  const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true, analyzedAt: true, referenceArticleId: true, articles: { select: { id: true, sourceFile: true } } } });
  return { ...story, analysis: await dumpStoryAnalysis(testDb.db, story.id) };
}

/** A crash of our own making, thrown from inside the job. */
class Crash extends Error {}

describe("a full re-analysis as a job", () => {
  it("a crash while the new analysis is staged leaves the previous one in force; the next attempt switches in what a one-go analysis stores", async () => {
    const { db } = testDb;
    const story = await seededStory();
    const queue = createDbJobQueue(db);
    const job = await queue.enqueue({ kind: "story.reanalyze", storyId: story.id });

    let stagedAtCrash = -1;
    const crashed = await runJobToEnd(db, job.id, {
      queue,
      articlesPerChunk: 1,
      observe: async (_job, phase, done) => {
        if (phase !== "stage" || done < 2) return;
        // Two chunks were staged, the header never: nobody would switch that stage in.
        stagedAtCrash = await db.analysisStage.count({ where: { jobId: job.id } });
        expect(await db.analysisStage.count({ where: { jobId: job.id, seq: 0 } })).toBe(0);
        expect(await dumpStoryAnalysis(db, story.id)).toEqual(story.analysis);
        throw new Crash("killed while staging");
      },
    });
    expect(stagedAtCrash).toBe(2);
    // runJobToEnd keeps retrying a queued job: the crash repeats until the attempts are spent.
    expect(crashed).toMatchObject({ state: "failed", error: "killed while staging" });
    expect(await queue.get(job.id)).toMatchObject({ state: "failed", attempts: 3 });
    // Failed for good: the half-staged analysis (never switched in) is gone with it.
    expect(await db.analysisStage.count({ where: { jobId: job.id } })).toBe(0);
    // Readers still see the previous analysis, all of it.
    expect(await dumpStoryAnalysis(db, story.id)).toEqual(story.analysis);
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).analyzedAt).toEqual(story.analyzedAt);

    const retry = await queue.enqueue({ kind: "story.reanalyze", storyId: story.id });
    const outcome = await runJobToEnd(db, retry.id, { queue, articlesPerChunk: 1 });
    expect(outcome.state).toBe("succeeded");
    const result = outcome.result as unknown as StoryAnalysisJobResult;
    // Staging: one delete, four article chunks, the header; then the switch.
    expect(result).toMatchObject({ isResumed: false, articles: 5, transactions: { count: 7 } });
    expect(result.transactions.maxMs).toBeGreaterThanOrEqual(result.transactions.switchMs);
    expect(result.transactions.switchHeldMs).toBeGreaterThan(0);
    expect(result.transactions.switchHeldMs).toBeLessThanOrEqual(result.transactions.switchMs);
    expect(await db.analysisStage.count({ where: { jobId: retry.id } })).toBe(0);
    const switched = await dumpStoryAnalysis(db, story.id);

    await analyzeStoredStory(db, story.id);
    expect(await dumpStoryAnalysis(db, story.id)).toEqual(switched);
  });

  it("make-reference: a crash just before the switch keeps the old reference and its analysis; the retry reuses the staged analysis", async () => {
    const { db } = testDb;
    const story = await seededStory();
    const orda = story.articles.find((article) => article.sourceFile === "004_cd2b3fb8890cfec0.txt")!;
    const queued = await setStoryReference(db, SLUG, orda.id, { isQueuedOnly: true });
    expect(queued).toMatchObject({ isChanged: true, analysis: null });
    const queue = createDbJobQueue(db);
    expect(await queue.get(queued.jobId!)).toMatchObject({ kind: "story.set-reference", state: "queued", payload: { articleId: orda.id } });

    const phases: string[][] = [[], [], []];
    let stageStoriesAtCrash = 0;
    const failed = await runJobToEnd(db, queued.jobId!, {
      queue,
      observe: async (job, phase) => {
        phases[job.attempts - 1]!.push(phase);
        if (phase === "switch" && job.attempts === 1) {
          // The new reference's claims and their rows were written ahead, under a stage story that readers never see.
          stageStoriesAtCrash = await db.story.count({ where: { stagedForId: story.id } });
          expect(await dumpStoryAnalysis(db, story.id)).toEqual(story.analysis);
          throw new Crash("killed before the switch");
        }
      },
    });
    expect(stageStoriesAtCrash).toBe(1);
    // The first attempt died, the second switched in the stage the first left.
    expect(failed.state).toBe("succeeded");
    const result = failed.result as unknown as StoryAnalysisJobResult;
    expect(result.isResumed).toBe(true);
    // Nothing analysed or staged again: the second attempt wrote the claims ahead again and switched.
    expect(phases[0]).toEqual(expect.arrayContaining(["analyse", "stage", "ahead", "switch"]));
    expect(new Set(phases[1])).toEqual(new Set(["ahead", "switch", "behind"]));
    expect(await db.story.count({ where: { stagedForId: { not: null } } })).toBe(0);
    const after = await db.story.findUniqueOrThrow({ where: { id: story.id } });
    expect(after.referenceArticleId).toBe(orda.id);
    expect(await db.auditLog.count({ where: { action: "story.set-reference", storyId: story.id } })).toBe(1);
    const switched = await dumpStoryAnalysis(db, story.id);
    await analyzeStoredStory(db, story.id);
    expect(await dumpStoryAnalysis(db, story.id)).toEqual(switched);
  });

  it("make-reference failing for good changes neither the reference nor the analysis", async () => {
    const { db } = testDb;
    const story = await seededStory();
    const orda = story.articles.find((article) => article.sourceFile === "004_cd2b3fb8890cfec0.txt")!;
    await expect(
      setStoryReference(db, SLUG, orda.id, {
        observe: (_job, phase) => {
          if (phase === "switch") throw new Crash("disk on fire");
        },
      }),
    ).rejects.toThrow(/disk on fire/);
    expect((await db.story.findUniqueOrThrow({ where: { id: story.id } })).referenceArticleId).toBe(story.referenceArticleId);
    expect(await dumpStoryAnalysis(db, story.id)).toEqual(story.analysis);
    expect(await db.auditLog.count({ where: { action: "story.set-reference" } })).toBe(0);
    // Failed for good: what it wrote ahead is deleted, none of it left under a stage story.
    expect(await db.story.count({ where: { stagedForId: { not: null } } })).toBe(0);
    expect(await db.claim.count({ where: { story: { stagedForId: { not: null } } } })).toBe(0);
  });

  it("a process killed (SIGKILL) mid-job leaves the previous analysis; after its heartbeat goes stale the job is resumed and succeeds", async () => {
    const { db, url } = testDb;
    const story = await seededStory();
    const queue = createDbJobQueue(db);
    const job = await queue.enqueue({ kind: "story.reanalyze", storyId: story.id });

    const child = spawn(process.execPath, ["--import", "tsx", path.join(import.meta.dirname, "kill-mid-job.fixture.ts"), job.id, url, "2"], { cwd: ROOT, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const signal = await new Promise((resolve) => child.once("close", (_code, killed) => resolve(killed)));
    expect(signal, stderr).toBe("SIGKILL");

    expect(await queue.get(job.id)).toMatchObject({ state: "running", attempts: 1, phase: "stage" });
    expect(await dumpStoryAnalysis(db, story.id)).toEqual(story.analysis);

    // A restarted server's runner: the dead process's heartbeat is stale (0 ms limit here).
    expect(await runQueuedJobs(db, { queue: createDbJobQueue(db, { staleAfterMs: 0 }) })).toBe(1);
    expect(await queue.get(job.id)).toMatchObject({ state: "succeeded", attempts: 2 });
    const switched = await dumpStoryAnalysis(db, story.id);
    await analyzeStoredStory(db, story.id);
    expect(await dumpStoryAnalysis(db, story.id)).toEqual(switched);
  }, 120_000);
});
