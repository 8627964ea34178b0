import { afterEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { listTestDialects, type TestDb } from "@/lib/testing/create-test-db";
import { dumpStoryAnalysis } from "@/lib/testing/dump-story-analysis";
import { lockStory, planAnalysis, prepareAnalysis, writeAnalysis, type AnalysisPlan } from "../../analyze-stored-story";
import { seedStories } from "../../seed-stories";
import { runStoryAnalysis } from "../../worker-pool";
import type { StoryEngineResult } from "./run-story-engine";
import { dropStageStories, writeClaimsAhead } from "./write-claims-ahead";

// Against a new reference nearly every claim is new: its rows are written ahead under a stage
// story and the retired claims' rows deleted behind the switch. What that stores must be exactly
// what writing everything in the switch stores, editors' work included, and readers must never
// see the rows ahead or behind.

const SLUG = "abraham-accords-expansion";
const JOB = "test-job";
const opened: TestDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((testDb) => testDb.dispose()));
});

class Rollback extends Error {}

/** Everything the story holds as readers see it, with what editors did to its claims. */
async function dumpWithEditorWork(db: Db, storyId: string) {
  const claims = await db.claim.findMany({ where: { storyId }, select: { key: true, isStale: true, _count: { select: { notes: true } }, dismissal: { select: { reason: true } } }, orderBy: { key: "asc" } });
  return { analysis: await dumpStoryAnalysis(db, storyId), claims };
}

/** The seed story with editors' work on three claims of its reference that the new reference (Orda.kz's article) retires. */
async function seededWithEditorWork(create: () => Promise<TestDb>) {
  const testDb = await create();
  opened.push(testDb);
  const { db } = testDb;
  await seedStories(db);
  const story = await db.story.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true, referenceArticleId: true, articles: { select: { id: true, sourceFile: true } } } });
  const orda = story.articles.find((article) => article.sourceFile === "004_cd2b3fb8890cfec0.txt")!;
  const plan = await planAnalysis(db, story.id, null, orda.id);
  const result: StoryEngineResult = await runStoryAnalysis(plan.input);
  const produced = new Set(result.reference.claims.map((claim) => claim.text));
  const retiring = await db.claim.findMany({ where: { storyId: story.id, kind: "statement", appearances: { some: { articleId: { not: story.referenceArticleId! } } } }, orderBy: { position: "asc" }, select: { id: true, text: true } });
  const [reviewed, noted, dismissed] = retiring.filter((claim) => !produced.has(claim.text));
  const appearance = await db.claimAppearance.findFirstOrThrow({ where: { claimId: reviewed!.id, articleId: { not: story.referenceArticleId! } }, select: { id: true } });
  await db.claimAppearance.update({ where: { id: appearance.id }, data: { isReviewed: true, editorLabel: "altered", editedAt: new Date("2026-01-02T03:04:05.000Z"), version: { increment: 1 } } });
  await db.note.create({ data: { body: "Asked the wire desk.", claimId: noted!.id } });
  await db.claimDismissal.create({ data: { claimId: dismissed!.id, reason: "not a claim" } });
  return { db, storyId: story.id, newReferenceId: orda.id, plan, result };
}

/** The switch of a make-reference job: the reference and the analysis in one transaction. */
function switchIn(db: Db, plan: AnalysisPlan, newReferenceId: string, write: (tx: Parameters<typeof lockStory>[0]) => Promise<unknown>) {
  return db.$transaction(async (tx) => {
    await lockStory(tx, plan.storyId);
    await tx.story.update({ where: { id: plan.storyId }, data: { referenceArticleId: newReferenceId } });
    await write(tx);
  });
}

/** What writing everything in the switch stores (rolled back, so the story is as before). */
async function storedWithoutAhead(db: Db, plan: AnalysisPlan, result: StoryEngineResult, newReferenceId: string) {
  const prepared = await prepareAnalysis(db, plan, result);
  let dump: Awaited<ReturnType<typeof dumpWithEditorWork>> | null = null;
  await switchIn(db, plan, newReferenceId, async (tx) => {
    await writeAnalysis(tx, plan, prepared);
    dump = await dumpWithEditorWork(tx as unknown as Db, plan.storyId);
    throw new Rollback();
  }).catch((error: unknown) => {
    if (!(error instanceof Rollback)) throw error;
  });
  return dump!;
}

const stageCounts = async (db: Db) => ({
  stories: await db.story.count({ where: { stagedForId: { not: null } } }),
  claims: await db.claim.count({ where: { story: { stagedForId: { not: null } } } }),
  appearances: await db.claimAppearance.count({ where: { claim: { story: { stagedForId: { not: null } } } } }),
  omissions: await db.omission.count({ where: { claim: { story: { stagedForId: { not: null } } } } }),
});

describe.each(listTestDialects())("a new reference's claims written ahead of the switch ($dialect)", ({ create }) => {
  it("store exactly what writing them in the switch stores, editors' work included; readers see neither the rows ahead nor those behind", async () => {
    const { db, storyId, newReferenceId, plan, result } = await seededWithEditorWork(create);
    const before = await dumpWithEditorWork(db, storyId);
    const expected = await storedWithoutAhead(db, plan, result, newReferenceId);
    expect(await dumpWithEditorWork(db, storyId)).toEqual(before);
    // The reviewed and the noted claims stay, stale; the dismissed one (no editor work) is retired.
    expect(expected.claims.filter((claim) => claim.isStale).length).toBe(2);

    const prepared = await prepareAnalysis(db, plan, result);
    const times: number[] = [];
    const ahead = await writeClaimsAhead(db, JOB, prepared, { times });
    expect(ahead).not.toBeNull();
    const written = await stageCounts(db);
    expect(written).toMatchObject({ stories: 1, claims: ahead!.claimCount, appearances: ahead!.appearanceKeys.size, omissions: ahead!.omissionIds.size });
    expect(written.appearances).toBeGreaterThan(100);
    expect(await dumpWithEditorWork(db, storyId)).toEqual(before);

    await switchIn(db, plan, newReferenceId, (tx) => writeAnalysis(tx, plan, prepared, { ahead }));
    expect(await dumpWithEditorWork(db, storyId)).toEqual(expected);
    // Moved in: nothing new is left under the stage story; the retired claims wait there with their rows.
    const behind = await stageCounts(db);
    expect(behind.claims).toBeGreaterThan(0);
    expect(behind.appearances).toBeGreaterThan(0);

    expect(await dropStageStories(db, storyId, JOB, times)).toBe(1);
    expect(await stageCounts(db)).toEqual({ stories: 0, claims: 0, appearances: 0, omissions: 0 });
    expect(await dumpWithEditorWork(db, storyId)).toEqual(expected);
    // Every row left is the story's: none hangs off a claim of another story.
    expect(await db.claimAppearance.count()).toBe(expected.analysis.appearances.length);
  });

  it("are not used when the story's claims changed since the plan, or the stage is being dropped: everything is written in the switch", async () => {
    for (const change of ["editor-claim", "dropping"] as const) {
      const { db, storyId, newReferenceId, plan, result } = await seededWithEditorWork(create);
      const prepared = await prepareAnalysis(db, plan, result);
      const ahead = await writeClaimsAhead(db, JOB, prepared, { times: [] });
      if (change === "editor-claim") {
        // An editor adds a claim while the job runs: the plan is made again under the lock.
        await db.claim.create({ data: { storyId, key: "editor:test", kind: "detail", text: "an editor's claim", createdBy: "editor", position: 999 } });
      } else {
        await db.story.update({ where: { id: ahead!.stageStoryId }, data: { slug: `~dropping-${ahead!.stageStoryId}` } });
      }
      const expected = await storedWithoutAhead(db, plan, result, newReferenceId);
      await switchIn(db, plan, newReferenceId, (tx) => writeAnalysis(tx, plan, prepared, { ahead }));
      expect(await dumpWithEditorWork(db, storyId), change).toEqual(expected);
      // Nothing moved in: the stage story still holds every row written ahead, dropped unread.
      expect((await stageCounts(db)).claims, change).toBe(ahead!.claimCount);
      await dropStageStories(db, storyId, JOB, []);
      expect(await stageCounts(db), change).toEqual({ stories: 0, claims: 0, appearances: 0, omissions: 0 });
      expect(await dumpWithEditorWork(db, storyId), change).toEqual(expected);
    }
  });
});
