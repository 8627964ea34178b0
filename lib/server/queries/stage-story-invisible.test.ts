import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { getSentenceEditorLabels } from "@/lib/counts/get-sentence-editor-labels";
import type { Db, Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { buildPrintReport } from "@/lib/export/build-print-report";
import { EXPORT_FORMATS } from "@/lib/export/formats";
import { renderStoryExport } from "@/lib/export/render-story-export";
import { addNote } from "@/lib/pipeline/add-note";
import { annotateSpan } from "@/lib/pipeline/annotate-span";
import { assignReview } from "@/lib/pipeline/assign-review";
import { bulkReview } from "@/lib/pipeline/bulk-review";
import { deleteStory } from "@/lib/pipeline/delete-story";
import { dismissClaim, restoreClaim } from "@/lib/pipeline/dismiss-claim";
import { editClaim } from "@/lib/pipeline/edit-claim";
import { loadStoryExport } from "@/lib/pipeline/load-story-export";
import { reanchorArticleAnnotations } from "@/lib/pipeline/reanchor-article-annotations";
import { renameStory } from "@/lib/pipeline/rename-story";
import { setVerdict } from "@/lib/pipeline/set-verdict";
import { snapshotDeletedArticles } from "@/lib/pipeline/snapshot-deleted-articles";
import { undoVerdict } from "@/lib/pipeline/undo-verdict";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { FIXTURE_SLUG, seedExportFixture } from "@/lib/testing/seed-export-fixture";
import { auditFilterSchema } from "@/lib/validation/audit-filter";
import { parseClaimsSearch } from "@/lib/validation/claims-search";
import { getArticleAnnotations } from "./get-article-annotations";
import { getArticleEditorData } from "./get-article-editor-data";
import { getArticleReader } from "./get-article-reader";
import { getArticleRevisions } from "./get-article-revisions";
import { getClaim } from "./get-claim";
import { getClaimActivity } from "./get-claim-activity";
import { getClaimLineage } from "./get-claim-lineage";
import { getOutletChanges } from "./get-outlet-changes";
import { getOutletScorecard } from "./get-outlet-scorecard";
import { getReferenceChange } from "./get-reference-change";
import { getReviewQueue } from "./get-review-queue";
import { getStory } from "./get-story";
import { getStoryLabelTotals } from "./get-story-label-totals";
import { getStoryLineage } from "./get-story-lineage";
import { getStoryMatrix } from "./get-story-matrix";
import { listAuditLog } from "./list-audit-log";
import { listMyVerdicts } from "./list-my-verdicts";
import { listReviewAssignments } from "./list-review-assignments";
import { listStories } from "./list-stories";
import { loadLineageInput } from "./load-lineage-input";
import { searchClaims } from "./search-claims";

vi.mock("server-only", () => ({}));
// The few readers that use the app's client (getStory, getReferenceChange) read the test database.
const app = vi.hoisted(() => ({ db: undefined as Db | undefined }));
vi.mock("@/lib/db", async (importOriginal) => {
  const actual = await importOriginal<typeof import("@/lib/db")>();
  return { ...actual, get db() { return app.db ?? actual.db; } };
});

const STAGE_SLUG = "~stage-test";
/** A stage story with a slug a form would accept: the slug lookups must still find no story. */
const LOOKALIKE_SLUG = "stage-lookalike";
const MISSING = { claim: "missingclaim0", appearance: "missingappearance0" };
const EXPORTED_AT = new Date("2026-01-02T03:04:05Z");

/** An editor's note on claim `entityId` as the audit log keeps it (dated before the fixture's work; its words name the claim). */
const claimEntry = (ctx: Context, entityId: string) => ({
  actorId: ctx.editorId,
  actorLabel: "editor",
  action: "note.add",
  entityType: "Claim",
  entityId,
  storyId: ctx.storyId,
  at: new Date("2000-01-01T00:00:00Z"),
  before: Prisma.DbNull,
  after: { noteId: "gone", body: "Checked." },
});

interface Context {
  storyId: string;
  editorId: string;
  claimIds: string[];
  articleIds: string[];
  outletIds: string[];
  referenceId: string;
  expand: string[];
}

/**
 * Every reader over the story, its claims and its articles, as plain data: what the pages, the
 * review queue, search, the lineage, the audit log and every export show.
 */
async function readEverything(db: Db, ctx: Context) {
  const perClaim = [];
  for (const id of ctx.claimIds) perClaim.push({ id, claim: await getClaim(id, db), activity: await getClaimActivity(id, db), lineage: await getClaimLineage(id, db) });
  const perArticle = [];
  for (const id of ctx.articleIds) {
    perArticle.push({
      id,
      reader: await getArticleReader(id, db),
      editor: await getArticleEditorData(id, db),
      annotations: await getArticleAnnotations(id, db),
      sentenceLabels: await getSentenceEditorLabels(db, id),
      revisions: await getArticleRevisions(id, {}, db),
      referenceChange: await getReferenceChange(FIXTURE_SLUG, id),
    });
  }
  const matrix = await getStoryMatrix(FIXTURE_SLUG, { sort: "date", expand: ctx.expand }, db);
  const exported = await loadStoryExport(db, FIXTURE_SLUG);
  const search = (params: Record<string, string>) => searchClaims(parseClaimsSearch({ kind: "all", ...params }), db);
  return {
    stories: await listStories({}, db),
    storiesWithDrafts: await listStories({ includeDrafts: true }, db),
    story: await getStory(FIXTURE_SLUG),
    matrix,
    matrixByDistortion: await getStoryMatrix(FIXTURE_SLUG, { sort: "distortion", expand: [] }, db),
    scorecard: matrix && getOutletScorecard(matrix),
    perClaim,
    perArticle,
    outletChanges: await Promise.all(ctx.outletIds.map((id) => getOutletChanges(FIXTURE_SLUG, id, db))),
    labelTotals: await getStoryLabelTotals(db),
    lineageInput: [await loadLineageInput(db, { slug: FIXTURE_SLUG }), await loadLineageInput(db, { id: ctx.storyId })],
    lineage: await getStoryLineage(FIXTURE_SLUG, db),
    search: {
      all: await search({}),
      changed: await search({ kind: "changed" }),
      words: await search({ q: "Abraham" }),
      wordsBySeverity: await search({ q: "Abraham", sort: "severity" }),
      inStory: await search({ q: "Abraham", story: FIXTURE_SLUG, sort: "outlets" }),
      invented: await search({ label: "invented" }),
      omitted: await search({ label: "omitted" }),
      reviewed: await search({ review: "reviewed" }),
      nothing: await search({ q: "zzzznothingmatches" }),
    },
    reviewQueue: [await getReviewQueue({}, db), await getReviewQueue({ storySlug: FIXTURE_SLUG }, db), await getReviewQueue({ assigneeId: ctx.editorId }, db)],
    assignments: await listReviewAssignments({}, db),
    myVerdicts: [await listMyVerdicts(ctx.editorId, {}, db), await listMyVerdicts(ctx.editorId, { storySlug: FIXTURE_SLUG }, db)],
    auditLog: await listAuditLog(auditFilterSchema.parse({}), db),
    snapshot: await snapshotDeletedArticles(db as unknown as Tx, { storyId: ctx.storyId }),
    exported,
    exportedChanged: await loadStoryExport(db, FIXTURE_SLUG, "changed"),
    formats: exported && EXPORT_FORMATS.map((format) => renderStoryExport(exported, format, { baseUrl: "https://claimtrail.example", exportedAt: EXPORTED_AT })),
    printReport: exported && buildPrintReport(exported),
    reanchored: await reanchorRolledBack(db, ctx.articleIds),
  };
}

/** What re-anchoring each article's editor work after a re-import would do (rolled back). */
async function reanchorRolledBack(db: Db, articleIds: string[]) {
  const summaries = [];
  for (const id of articleIds) {
    const { rawText } = await db.article.findUniqueOrThrow({ where: { id }, select: { rawText: true } });
    const rolledBack = new Error("roll back");
    let summary: unknown = null;
    await db
      .$transaction(async (tx) => {
        summary = await reanchorArticleAnnotations(tx, id, `Updated.\n\n${rawText}`);
        throw rolledBack;
      })
      .catch((error: unknown) => {
        if (error !== rolledBack) throw error;
      });
    summaries.push(summary);
  }
  return summaries;
}

/**
 * A stage story of `storyId` holding a copy of every claim (new ids, same keys and wording) with
 * copies of their appearances (some with an editor's verdict, some hand-linked or orphaned),
 * omissions, notes and a dismissal, all on the real story's articles and sentences; some copied
 * details hang under the real statements, as rows written ahead of a switch can.
 */
async function writeStageStory(db: Db, storyId: string, editorId: string) {
  const stage = await db.story.create({ data: { slug: STAGE_SLUG, title: "rows ahead", stagedForId: storyId } });
  await db.story.create({ data: { slug: LOOKALIKE_SLUG, title: "rows behind", stagedForId: storyId } });
  const claims = await db.claim.findMany({ where: { storyId }, orderBy: [{ parentId: { sort: "asc", nulls: "first" } }, { position: "asc" }] });
  const copyOf = new Map(claims.map((claim, index) => [claim.id, `stageclaim${index}`]));
  await db.claim.createMany({
    data: claims.map(({ id, storyId: _s, parentId, createdAt: _c, updatedAt: _u, ...claim }, index) => ({
      ...claim,
      id: copyOf.get(id)!,
      storyId: stage.id,
      parentId: parentId === null ? null : index % 2 === 0 ? parentId : copyOf.get(parentId)!,
    })),
  });
  const appearances = await db.claimAppearance.findMany({ where: { claim: { storyId } }, orderBy: { id: "asc" } });
  const stageAppearances = appearances.map(({ id: _a, claimId, createdAt: _c, updatedAt: _u, editorLabel, editorId: _e, editedAt, isReviewed, machineReasons, foundBy, anchor, ...row }, index) => ({
    ...row,
    id: `stageappearance${index}`,
    claimId: copyOf.get(claimId)!,
    machineReasons: machineReasons ?? [],
    // Every third copy carries an editor's verdict by the fixture's editor, as retired rows can.
    ...(index % 3 === 0 ? { editorLabel: "invented" as const, editorId, editedAt: new Date("2025-09-01T00:00:00Z"), isReviewed: true } : { editorLabel, editedAt, isReviewed }),
    foundBy: index % 7 === 0 ? ("editor" as const) : foundBy,
    anchor: index % 11 === 0 ? "orphaned" : anchor,
  }));
  await db.claimAppearance.createMany({ data: stageAppearances });
  const omissions = await db.omission.findMany({ where: { claim: { storyId } } });
  await db.omission.createMany({ data: omissions.map((omission, index) => ({ id: `stageomission${index}`, claimId: copyOf.get(omission.claimId)!, articleId: omission.articleId })) });
  const stageClaimIds = [...copyOf.values()];
  await db.note.createMany({ data: [{ body: "stage claim note", claimId: stageClaimIds[0]!, authorId: editorId }, { body: "stage appearance note", appearanceId: stageAppearances[1]!.id, authorId: editorId }] });
  await db.claimDismissal.create({ data: { claimId: stageClaimIds[1]!, dismissedById: editorId } });
  return { stageId: stage.id, copyOf, stageAppearances };
}

describe("rows under a stage story", () => {
  let testDb: TestDb;
  let db: Db;
  let ctx: Context;
  let before: Awaited<ReturnType<typeof readEverything>>;
  let stage: Awaited<ReturnType<typeof writeStageStory>>;
  let admin: { id: string; role: "admin" };

  beforeAll(async () => {
    testDb = createTestDb();
    db = testDb.db;
    app.db = db;
    await seedExportFixture(db);
    const story = await db.story.findUniqueOrThrow({ where: { slug: FIXTURE_SLUG }, include: { articles: { select: { id: true, outletId: true, rawText: true } } } });
    const editor = await db.user.findUniqueOrThrow({ where: { email: "fixture-editor@example.org" } });
    admin = { id: (await db.user.create({ data: { email: "admin@example.org", role: "admin", passwordHash: "unused" } })).id, role: "admin" };
    // Editor work of every kind the readers show: a hand-linked new claim, a claim note, an
    // assignment and a dismissed claim (whose sentences count nowhere).
    const derivative = story.articles.find((article) => article.id !== story.referenceArticleId)!;
    const exact = derivative.rawText.slice(0, 12);
    const annotated = await annotateSpan(db, editor.id, { articleId: derivative.id, start: 0, end: 12, exact, newClaimText: "Hand-made claim", label: "added", note: "Linked by hand." });
    if (!annotated.ok) throw new Error(annotated.message);
    const statement = await db.claim.findFirstOrThrow({ where: { storyId: story.id, kind: "statement", appearances: { some: { articleId: derivative.id, sentenceId: { not: null } } } }, orderBy: { position: "desc" } });
    await addNote(db, editor.id, { claimId: statement.id, body: "Checked against the wire." });
    await dismissClaim(db, editor.id, { claimId: statement.id, reason: "A byline." });
    await assignReview(db, editor.id, { storySlug: FIXTURE_SLUG, assigneeId: editor.id });
    const claims = await db.claim.findMany({ where: { storyId: story.id }, orderBy: { position: "asc" }, select: { id: true, kind: true } });
    ctx = {
      storyId: story.id,
      editorId: editor.id,
      claimIds: claims.map((claim) => claim.id),
      articleIds: story.articles.map((article) => article.id),
      outletIds: [...new Set(story.articles.map((article) => article.outletId))],
      referenceId: story.referenceArticleId!,
      expand: claims.filter((claim) => claim.kind === "statement").map((claim) => claim.id).slice(0, 10),
    };
    before = await readEverything(db, ctx);
    stage = await writeStageStory(db, story.id, editor.id);
  }, 240_000);
  afterAll(async () => {
    app.db = undefined;
    await testDb.dispose();
  });

  it("copies enough for every reader to see them if it looked (search matches them, the queue would list them)", async () => {
    const copies = await db.claimAppearance.count({ where: { claim: { storyId: stage.stageId } } });
    expect(copies).toBe(stage.stageAppearances.length);
    expect(copies).toBeGreaterThan(100);
    expect(await db.claimAppearance.count({ where: { claim: { storyId: stage.stageId }, editorId: ctx.editorId } })).toBeGreaterThan(10);
    expect(await db.omission.count({ where: { claim: { storyId: stage.stageId } } })).toBeGreaterThan(0);
    expect(before.search.words.total).toBeGreaterThan(0);
    expect(before.reviewQueue[0]!.items.length).toBeGreaterThan(0);
  });

  it("changes nothing any reader or export shows", { timeout: 240_000 }, async () => {
    const after = await readEverything(db, ctx);
    for (const key of Object.keys(before) as (keyof typeof before)[]) expect(after[key], key).toEqual(before[key]);
  });

  it("finds no story, claim or appearance by a stage story's slug or ids", async () => {
    for (const slug of [STAGE_SLUG, LOOKALIKE_SLUG]) {
      expect(await getStoryMatrix(slug, { sort: "date", expand: [] }, db)).toBeNull();
      expect(await loadStoryExport(db, slug)).toBeNull();
      expect(await loadLineageInput(db, { slug })).toBeNull();
      expect(await getStoryLineage(slug, db)).toBeNull();
      expect(await getStory(slug)).toBeNull();
      expect(await getOutletChanges(slug, ctx.outletIds[0]!, db)).toBeNull();
    }
    expect(await loadLineageInput(db, { id: stage.stageId })).toBeNull();
    const stageClaim = stage.copyOf.get(ctx.claimIds[0]!)!;
    expect(await getClaim(stageClaim, db)).toBeNull();
    // Its history reads as a deleted claim's: its entries, without the claim's words.
    for (const entityId of [stageClaim, MISSING.claim]) await db.auditLog.create({ data: claimEntry(ctx, entityId) });
    const withoutIds = ({ notes, history }: Awaited<ReturnType<typeof getClaimActivity>>) => ({ notes, history: history.map(({ id: _id, ...entry }) => entry) });
    const activity = withoutIds(await getClaimActivity(stageClaim, db));
    expect(activity.history).toHaveLength(1);
    expect(activity).toEqual(withoutIds(await getClaimActivity(MISSING.claim, db)));
    const newClaim = (await db.claim.findFirstOrThrow({ where: { storyId: stage.stageId, isNew: true, appearances: { some: {} } } })).id;
    expect(await getClaimLineage(newClaim, db)).toBeNull();
  });

  it("refuses every editor action on a stage story's claim or appearance as on one that no longer exists", async () => {
    const stageRows = () => db.claimAppearance.findMany({ where: { claim: { storyId: stage.stageId } }, orderBy: { id: "asc" } });
    const rowsBefore = await stageRows();
    const unreviewed = rowsBefore.find((row) => !row.isReviewed && row.machineLabel !== null && row.anchor !== "orphaned" && !row.isStale)!;
    const stageClaim = unreviewed.claimId;
    const editorClaim = (await db.claim.findFirstOrThrow({ where: { storyId: stage.stageId, createdBy: "editor" } })).id;
    const dismissed = (await db.claimDismissal.findFirstOrThrow({ where: { claim: { storyId: stage.stageId } } })).claimId;
    const editor = ctx.editorId;
    const same = async (stageResult: Promise<unknown>, missingResult: Promise<unknown>) => {
      const [a, b] = await Promise.all([stageResult, missingResult]);
      expect(a).toMatchObject({ ok: false });
      expect(a).toEqual(b);
    };
    const verdict = (appearanceId: string) => setVerdict(db, editor, { appearanceId, version: unreviewed.version, label: "invented", note: "Not in the wire." });
    await same(verdict(unreviewed.id), verdict(MISSING.appearance));
    await same(addNote(db, editor, { claimId: stageClaim, body: "x" }), addNote(db, editor, { claimId: MISSING.claim, body: "x" }));
    await same(addNote(db, editor, { appearanceId: unreviewed.id, body: "x" }), addNote(db, editor, { appearanceId: MISSING.appearance, body: "x" }));
    const bulk = (id: string) => bulkReview(db, editor, { operation: "confirm", scope: "selected", items: [`${id}:${unreviewed.version}`] });
    await same(bulk(unreviewed.id), bulk(MISSING.appearance));
    const dismissBulk = (id: string) => bulkReview(db, editor, { operation: "dismiss", scope: "selected", items: [`${id}:${unreviewed.version}`] });
    await same(dismissBulk(unreviewed.id), dismissBulk(MISSING.appearance));
    await same(dismissClaim(db, editor, { claimId: stageClaim }), dismissClaim(db, editor, { claimId: MISSING.claim }));
    await same(restoreClaim(db, editor, { claimId: dismissed }), restoreClaim(db, editor, { claimId: MISSING.claim }));
    await same(editClaim(db, editor, { claimId: editorClaim, text: "Reworded" }), editClaim(db, editor, { claimId: MISSING.claim, text: "Reworded" }));
    const link = (claimId: string) => annotateSpan(db, editor, { articleId: unreviewed.articleId, start: unreviewed.start, end: unreviewed.end, exact: unreviewed.text, claimId, label: "added", note: "Linked." });
    await same(link(stageClaim), link(MISSING.claim));
    await same(assignReview(db, editor, { storySlug: LOOKALIKE_SLUG, assigneeId: editor }), assignReview(db, editor, { storySlug: "no-such-story", assigneeId: editor }));
    await same(renameStory(db, admin, { slug: LOOKALIKE_SLUG, title: "Renamed" }), renameStory(db, admin, { slug: "no-such-story", title: "Renamed" }));
    await same(deleteStory(db, admin, { slug: LOOKALIKE_SLUG, confirm: "yes" }), deleteStory(db, admin, { slug: "no-such-story", confirm: "yes" }));

    // An undo of a verdict on an appearance now under a stage story (a retired row): as on a deleted one.
    const state = { label: "faithful", editorLabel: null, note: null, reviewed: false, version: unreviewed.version };
    const entry = (entityId: string) =>
      db.auditLog.create({ data: { actorId: editor, actorLabel: "editor", action: "verdict.set", entityType: "ClaimAppearance", entityId, storyId: ctx.storyId, at: new Date("2000-01-01T00:00:00Z"), before: state, after: { ...state, label: "invented", editorLabel: "invented", reviewed: true } } });
    const [onStage, onMissing] = [await entry(unreviewed.id), await entry(MISSING.appearance)];
    await same(undoVerdict(db, editor, { auditId: onStage.id }), undoVerdict(db, editor, { auditId: onMissing.id }));
    // The editor's verdicts and the audit log read it as about an appearance that no longer exists.
    expect(await listMyVerdicts(editor, {}, db)).toEqual(before.myVerdicts[0]);
    const [claimOnStage, claimOnMissing] = [await db.auditLog.create({ data: claimEntry(ctx, stageClaim) }), await db.auditLog.create({ data: claimEntry(ctx, MISSING.claim) })];
    const { entries } = await listAuditLog(auditFilterSchema.parse({}), db);
    const wordsOf = (id: string) => entries.find((row) => row.id === id)?.words;
    for (const [stageEntry, missingEntry] of [[onStage, onMissing], [claimOnStage, claimOnMissing]] as const) {
      expect(wordsOf(stageEntry.id)).toBeDefined();
      expect(wordsOf(stageEntry.id)).toBe(wordsOf(missingEntry.id));
    }

    expect(await stageRows()).toEqual(rowsBefore);
    expect(await db.claimDismissal.count({ where: { claimId: stageClaim } })).toBe(0);
    expect(await db.note.count({ where: { claim: { storyId: stage.stageId } } })).toBe(1);
  });

  it("deletes a story's stage stories with it", async () => {
    expect(await deleteStory(db, admin, { slug: FIXTURE_SLUG, confirm: "yes" })).toMatchObject({ ok: true });
    expect(await db.story.count({ where: { stagedForId: ctx.storyId } })).toBe(0);
    expect(await db.claim.count({ where: { id: { in: [...stage.copyOf.values()] } } })).toBe(0);
    // A stage story left on its own (its job died) still holds nothing anyone sees: no story, no claim.
    const lone = await db.story.create({ data: { slug: "~stage-lone", title: "rows left", stagedForId: ctx.storyId } });
    await db.claim.create({ data: { id: "loneclaim", storyId: lone.id, key: "s1", kind: "statement", text: "An Abraham Accords claim nobody sees." } });
    expect(await listStories({ includeDrafts: true }, db)).toEqual([]);
    const found = await searchClaims(parseClaimsSearch({ kind: "all" }), db);
    expect({ total: found.total, hasClaims: found.hasClaims, stories: found.facets.stories }).toEqual({ total: 0, hasClaims: false, stories: [] });
  });
});
