import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db";
import { listTestDialects, type TestDb } from "@/lib/testing/create-test-db";
import { dumpStoryAnalysis } from "@/lib/testing/dump-story-analysis";
import { lockStory, planAnalysis, prepareAnalysis, writeAnalysis } from "../../analyze-stored-story";
import { seedStories } from "../../seed-stories";
import { runStoryAnalysis } from "../../worker-pool";
import type { StoryEngineResult } from "./run-story-engine";

// A full re-analysis reads and diffs the stored rows before its write transaction, then writes
// the diff under the lock. What editors do in between must come out exactly as if the rows had
// been read under the lock.

const SLUG = "abraham-accords-expansion";
const opened: TestDb[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((testDb) => testDb.dispose()));
});

/** A seeded story and a re-analysis result that no longer finds the first derivative's first matches and relabels its other sentences. */
let createDb: () => Promise<TestDb>;

async function seededWithResult() {
  const testDb = await createDb();
  opened.push(testDb);
  await seedStories(testDb.db);
  const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
  const plan = await planAnalysis(testDb.db, story.id, null);
  const result: StoryEngineResult = await runStoryAnalysis(plan.input);
  const [first] = result.articles;
  const matched = first!.article.sentences.filter((sentence) => sentence.matches.length > 0);
  for (const sentence of matched.slice(0, 4)) sentence.matches = [];
  for (const sentence of matched.slice(4, 8)) sentence.label = sentence.label === "faithful" ? "softened" : "faithful";
  return { db: testDb.db, storyId: story.id, plan, result, articleId: first!.article.file, dropped: matched.slice(0, 4) };
}

/** The first derivative's machine appearances at the dropped sentences, in offset order. */
async function droppedRows(db: Db, articleId: string, dropped: { start: number }[]) {
  // Statement matches (details have no score), which the run no longer produces.
  return db.claimAppearance.findMany({ where: { articleId, foundBy: "machine", score: { not: null }, start: { in: dropped.map((sentence) => sentence.start) } }, orderBy: [{ start: "asc" }, { claimId: "asc" }] });
}

const EDITED_AT = new Date("2026-01-02T03:04:05.000Z");

/** What an editor did before the analysis started: reviewed a row the new run no longer finds. */
async function beforeAnalysis(db: Db, articleId: string, dropped: { start: number }[]) {
  const rows = await droppedRows(db, articleId, dropped);
  await db.claimAppearance.update({ where: { id: rows[0]!.id }, data: { isReviewed: true, editorLabel: "altered", editedAt: EDITED_AT, version: { increment: 1 } } });
}

/**
 * What editors do while the analysis runs: review another row the run no longer finds (it must be
 * kept, stale, not deleted), undo the earlier review (that row must go, as a machine row), and
 * hand-link a span where the machine finds one (it takes the machine's columns; the machine's row goes).
 */
async function duringAnalysis(db: Db, articleId: string, dropped: { start: number }[]) {
  const rows = await droppedRows(db, articleId, dropped);
  await db.claimAppearance.update({ where: { id: rows[0]!.id }, data: { isReviewed: false, editorLabel: null, editedAt: null, version: { increment: 1 } } });
  await db.claimAppearance.update({ where: { id: rows[1]!.id }, data: { isReviewed: true, editorLabel: "invented", editedAt: EDITED_AT, version: { increment: 1 } } });
  const kept = await db.claimAppearance.findFirstOrThrow({ where: { articleId, foundBy: "machine", start: { notIn: dropped.map((sentence) => sentence.start) } }, orderBy: [{ start: "asc" }, { claimId: "asc" }] });
  await db.claimAppearance.create({
    data: { claimId: kept.claimId, articleId, start: kept.start, end: kept.end, text: kept.text, prefix: kept.prefix, suffix: kept.suffix, foundBy: "editor", editorLabel: "faithful", editedAt: EDITED_AT, isReviewed: true },
  });
}

describe.each(listTestDialects())("writing a re-analysis prepared before its transaction ($dialect)", ({ create }) => {
  beforeEach(() => {
    createDb = create;
  });

  it("stores what reading under the lock stores, with editors' work done in between kept exactly", async () => {
    // Read under the lock: the editors' work is done before the rows are read.
    const locked = await seededWithResult();
    await beforeAnalysis(locked.db, locked.articleId, locked.dropped);
    await duringAnalysis(locked.db, locked.articleId, locked.dropped);
    await locked.db.$transaction(async (tx) => {
      await lockStory(tx, locked.storyId);
      await writeAnalysis(tx, locked.plan, locked.result);
    });

    // Prepared before: the editors' work lands between the read and the transaction.
    const early = await seededWithResult();
    await beforeAnalysis(early.db, early.articleId, early.dropped);
    const prepared = await prepareAnalysis(early.db, early.plan, early.result);
    await duringAnalysis(early.db, early.articleId, early.dropped);
    await early.db.$transaction(async (tx) => {
      await lockStory(tx, early.storyId);
      await writeAnalysis(tx, early.plan, prepared);
    });

    const expected = await dumpStoryAnalysis(locked.db, locked.storyId);
    expect(await dumpStoryAnalysis(early.db, early.storyId)).toEqual(expected);
    // The cases happened: a reviewed row kept stale, the un-reviewed one gone, the relabelled rows updated.
    const rows = await droppedRows(early.db, early.articleId, early.dropped);
    expect(rows.filter((row) => row.isReviewed)).toMatchObject([{ editorLabel: "invented", isStale: true }]);
    expect(rows.some((row) => row.editorLabel === "altered")).toBe(false);
    expect(await early.db.claimAppearance.count({ where: { articleId: early.articleId, foundBy: "editor", machineLabel: { not: null } } })).toBe(1);
  });

  it("re-analysing with nothing changed writes no appearance, sentence, span or omission: the rows keep their ids", async () => {
    const { db, storyId } = await seededWithResult();
    const before = await db.claimAppearance.findMany({ where: { article: { storyId } }, select: { id: true }, orderBy: { id: "asc" } });
    const sentences = await db.sentence.findMany({ where: { article: { storyId } }, select: { id: true }, orderBy: { id: "asc" } });
    const plan = await planAnalysis(db, storyId, null);
    const result = await runStoryAnalysis(plan.input);
    const progress: number[] = [];
    const prepared = await prepareAnalysis(db, plan, result, (_done, total, phase) => phase === "store" && progress.push(total));
    await db.$transaction(async (tx) => {
      await lockStory(tx, storyId);
      await writeAnalysis(tx, plan, prepared);
    });
    expect(await db.claimAppearance.findMany({ where: { article: { storyId } }, select: { id: true }, orderBy: { id: "asc" } })).toEqual(before);
    expect(await db.sentence.findMany({ where: { article: { storyId } }, select: { id: true }, orderBy: { id: "asc" } })).toEqual(sentences);
    // Only the articles' analysis columns were written: one row per article.
    expect(new Set(progress)).toEqual(new Set([plan.articleCount]));
  });

  it("prepares again under the lock when another analysis committed after the rows were read", async () => {
    const { db, storyId, plan, result } = await seededWithResult();
    const prepared = await prepareAnalysis(db, plan, result);
    // Another analysis commits in between, one that no longer finds other sentences' matches: the
    // prepared diff would keep rows that are gone.
    const other = await runStoryAnalysis(plan.input);
    for (const sentence of other.articles[0]!.article.sentences.filter((candidate) => candidate.matches.length > 0).slice(8, 12)) sentence.matches = [];
    await db.$transaction(async (tx) => {
      await lockStory(tx, storyId);
      await writeAnalysis(tx, plan, other);
    });
    await db.$transaction(async (tx) => {
      await lockStory(tx, storyId);
      await writeAnalysis(tx, plan, prepared);
    });
    const afterPrepared = await dumpStoryAnalysis(db, storyId);
    await db.$transaction(async (tx) => {
      await lockStory(tx, storyId);
      await writeAnalysis(tx, plan, result);
    });
    expect(afterPrepared).toEqual(await dumpStoryAnalysis(db, storyId));
  });
});
