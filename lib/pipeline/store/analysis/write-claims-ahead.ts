import { dialectOf, type Db, type Tx } from "@/lib/db";
import { ACTIVE_JOB_STATES } from "../../jobs/job-kinds";
import { yieldToEventLoop } from "../../yield-to-event-loop";
import { insertRows, type SqlValue } from "../bulk-sql";
import { timed, type TransactionTimes as Times } from "./stage-analysis";
import { CLAIM_INSERT_COLUMNS } from "./write-claims";
import { APPEARANCE_COLUMNS, appearanceInsertRows, OMISSION_COLUMNS, type PreparedStoryAnalysis } from "./write-story-analysis";

/**
 * A re-analysis against another reference replaces nearly every claim: at 1,000 articles its
 * switch deleted 137k appearances and 69k omissions and inserted 107k and 69k, 13 s holding the
 * write lock (6.6 s of it inserting, 4.8 s deleting; issue 13 asks for ~200 ms). Those rows hang
 * off claims, so they are written ahead and deleted behind, out of every reader's sight, under a
 * stage story (Story.stagedForId; the rule readers apply is lib/counts/stage-story.ts):
 * 1. before the switch, in short transactions, the plan's new claims go in under the stage story,
 *    with their appearances and omissions (writeClaimsAhead);
 * 2. the switch moves the new claims into the story and the retired ones out to the stage story,
 *    a few hundred claim rows, and writes the rest of the diff as before;
 * 3. after it, the stage story's rows are deleted in short transactions (dropStageStories).
 * A crash anywhere leaves either the previous analysis or the new one in force, plus a stage
 * story nobody sees; the story's next analysis job drops it first.
 */

/** What was written ahead, for the switch to move in instead of inserting. */
export interface RowsAhead {
  stageStoryId: string;
  /** The plan's new claims (all of them), now under the stage story. */
  claimCount: number;
  /** Keys (write-story-analysis' appearanceKey) of the appearances written ahead. */
  appearanceKeys: ReadonlySet<string>;
  /** Ids of the omissions written ahead (the plan's own ids). */
  omissionIds: ReadonlySet<string>;
}

/** Every stage story's slug: no story slug can start with "~" (slugSchema), so none is ever shown or looked up. */
const STAGE_SLUG_PREFIX = "~stage-";
/** A stage story being dropped: renamed first, so a switch checking its stage sees it is going. */
const DROPPING_SLUG_PREFIX = "~dropping-";

/** Rows per insert statement ahead of the switch (insertRows' own chunk size: one statement each). */
const ROWS_PER_INSERT = 500;

/**
 * Rows per delete statement behind the switch. Deleting appearances costs ~33 µs a row on the slow
 * 2-core machine of issue 13 (4.6 s for 137k, search index included): ~35 ms a statement.
 */
const ROWS_PER_DELETE = 1_000;

/**
 * How long one transaction ahead of or behind the switch goes on before it commits and lets other
 * writers in: half of issue 13's ~200 ms, so a statement that runs long on a loaded machine still
 * stays under it. One statement per transaction instead was 2–3× slower in all (1,000 articles:
 * 15 s ahead and 14 s behind, against 6.5 and 4.8 s inside the old switch): each commit flushes the
 * FTS5 index's pending terms as a segment of its own, and hundreds of tiny segments are merged.
 */
const TRANSACTION_BUDGET_MS = 100;

/**
 * Runs `step` in transactions of about TRANSACTION_BUDGET_MS each until it says nothing is left,
 * with a turn of the event loop between them (an editor's save takes the lock there) and
 * `onCommit` after each (outside the transaction: a progress write from there would wait for our
 * own lock).
 */
async function inShortTransactions(db: Db, times: Times, step: (tx: Tx) => Promise<boolean>, onCommit?: () => void | Promise<void>): Promise<void> {
  for (let isLeft = true; isLeft; ) {
    const started = performance.now();
    await db.$transaction(
      async (tx) => {
        do isLeft = await step(tx);
        while (isLeft && performance.now() - started < TRANSACTION_BUDGET_MS);
      },
      { timeout: 60_000, maxWait: 10_000 },
    );
    times.push(performance.now() - started);
    await onCommit?.();
    await yieldToEventLoop(true);
  }
}

/**
 * Writes the prepared plan's new claims, and the appearances and omissions that hang off them,
 * under a new stage story of `storyId`: statements of ROWS_PER_INSERT rows, in transactions of
 * about TRANSACTION_BUDGET_MS. Appearances that point at a sentence the switch has yet to insert stay in the
 * switch. Returns null when the plan neither adds nor retires a claim (a re-analysis against the
 * same reference): nothing to write ahead.
 */
export async function writeClaimsAhead(
  db: Db,
  jobId: string,
  prepared: PreparedStoryAnalysis,
  options: { times: Times; onRows?: (done: number, total: number) => void | Promise<void> },
): Promise<RowsAhead | null> {
  const { claims, input, now } = prepared;
  if (claims.inserts.length === 0 && claims.goneIds.length === 0) return null;
  const newClaimIds = new Set(claims.inserts.map((row) => row[0] as string));
  const sentencesToInsert = new Set(prepared.sentences.inserts.map((row) => row[0] as string));
  const appearances = [...prepared.appearances.plan.inserts].filter(([, row]) => newClaimIds.has(row.claimId) && (row.sentenceId === null || !sentencesToInsert.has(row.sentenceId)));
  const omissions = prepared.omissions.inserts.filter((row) => newClaimIds.has(row[1] as string));
  const stage = await timed(options.times, () =>
    db.story.create({ data: { slug: `${STAGE_SLUG_PREFIX}${jobId}`, title: `rows ahead of job ${jobId}`, stagedForId: input.storyId }, select: { id: true } }),
  );
  // Statements come before their details in `inserts`, so each parent exists before its children.
  const tables: [string, readonly string[], SqlValue[][]][] = [
    ["Claim", CLAIM_INSERT_COLUMNS, claims.inserts.map(([id, , ...rest]) => [id!, stage.id, ...rest])],
    ["ClaimAppearance", APPEARANCE_COLUMNS, appearanceInsertRows(appearances.map(([, row]) => row), now)],
    ["Omission", OMISSION_COLUMNS, omissions],
  ];
  const chunks = tables.flatMap(([table, columns, rows]) => Array.from({ length: Math.ceil(rows.length / ROWS_PER_INSERT) }, (_, index) => ({ table, columns, rows: rows.slice(index * ROWS_PER_INSERT, (index + 1) * ROWS_PER_INSERT) })));
  const total = chunks.reduce((sum, chunk) => sum + chunk.rows.length, 0);
  let done = 0;
  let next = 0;
  await inShortTransactions(
    db,
    options.times,
    async (tx) => {
      const chunk = chunks[next++];
      if (chunk) {
        await insertRows(tx, chunk.table, chunk.columns, chunk.rows);
        done += chunk.rows.length;
      }
      return next < chunks.length;
    },
    () => options.onRows?.(done, total),
  );
  return { stageStoryId: stage.id, claimCount: claims.inserts.length, appearanceKeys: new Set(appearances.map(([key]) => key)), omissionIds: new Set(omissions.map((row) => row[0] as string)) };
}

/**
 * Whether the rows written ahead are still all there, read in the switch transaction: the stage
 * story not being dropped and holding every new claim. (Only a stage whose job is no longer
 * active is ever dropped by another process; this makes sure.)
 */
export async function isAheadIntact(tx: Tx, ahead: RowsAhead): Promise<boolean> {
  const stage = await tx.story.findUnique({ where: { id: ahead.stageStoryId }, select: { slug: true, _count: { select: { claims: true } } } });
  return stage !== null && stage.slug.startsWith(STAGE_SLUG_PREFIX) && stage._count.claims === ahead.claimCount;
}

/**
 * Deletes the stage stories of `storyId` and everything under them, in short transactions:
 * appearances, omissions, then claims, ROWS_PER_DELETE at a time. `jobId`'s own stage is always
 * dropped; another job's only when that job is no longer queued or running (its process died:
 * a stage nobody will switch in).
 */
export async function dropStageStories(db: Db, storyId: string, jobId: string, times: Times): Promise<number> {
  const stages = await db.story.findMany({ where: { stagedForId: storyId }, select: { id: true, slug: true } });
  let dropped = 0;
  for (const stage of stages) {
    const ownerId = stage.slug.startsWith(STAGE_SLUG_PREFIX) ? stage.slug.slice(STAGE_SLUG_PREFIX.length) : null;
    if (ownerId !== null && ownerId !== jobId) {
      const owner = await db.job.findUnique({ where: { id: ownerId }, select: { state: true } });
      if (owner && (ACTIVE_JOB_STATES as readonly string[]).includes(owner.state)) continue;
    }
    await timed(times, () => db.story.update({ where: { id: stage.id }, data: { slug: `${DROPPING_SLUG_PREFIX}${stage.id}` } }));
    await deleteInChunks(db, stage.id, times);
    dropped += 1;
  }
  return dropped;
}

async function deleteInChunks(db: Db, stageStoryId: string, times: Times): Promise<void> {
  const param = dialectOf(db) === "sqlite" ? "?" : "$1";
  const statements = [
    `DELETE FROM "ClaimAppearance" WHERE "id" IN (SELECT t."id" FROM "ClaimAppearance" t JOIN "Claim" c ON c."id" = t."claimId" WHERE c."storyId" = ${param} LIMIT ${ROWS_PER_DELETE})`,
    `DELETE FROM "Omission" WHERE "id" IN (SELECT t."id" FROM "Omission" t JOIN "Claim" c ON c."id" = t."claimId" WHERE c."storyId" = ${param} LIMIT ${ROWS_PER_DELETE})`,
    // Details before their statements: deleting a statement would cascade to its details row by row.
    `DELETE FROM "Claim" WHERE "id" IN (SELECT "id" FROM "Claim" WHERE "storyId" = ${param} ORDER BY "parentId" IS NULL LIMIT ${ROWS_PER_DELETE})`,
  ];
  for (const sql of statements) await inShortTransactions(db, times, async (tx) => (await tx.$executeRawUnsafe(sql, stageStoryId)) > 0);
  await timed(times, () => db.story.delete({ where: { id: stageStoryId } }));
}
