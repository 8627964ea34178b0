import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "@/lib/auth/create-user";
import { getReviewQueue } from "@/lib/server/queries/get-review-queue";
import { getStoryLabelTotals } from "@/lib/server/queries/get-story-label-totals";
import { getStoryMatrix } from "@/lib/server/queries/get-story-matrix";
import { searchClaims } from "@/lib/server/queries/search-claims";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { parseClaimsSearch } from "@/lib/validation/claims-search";
import { dismissClaim, restoreClaim } from "./dismiss-claim";
import { loadStoryExport } from "./load-story-export";
import { seedStories } from "./seed-stories";

vi.mock("server-only", () => ({}));

const SLUG = "abraham-accords-expansion";
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe("dismissClaim / restoreClaim", () => {
  let testDb: TestDb;
  let editor: string;
  beforeAll(async () => {
    testDb = createTestDb();
    await seedStories(testDb.db);
    const result = await createUser(testDb.db, { email: "dee@example.org", name: "Dee Editor", role: "editor", password: "a long enough password" }, { actorId: null, cost: CHEAP });
    if (!result.ok) throw new Error(result.reason);
    editor = result.user.id;
  }, 120_000);
  afterAll(() => testDb.dispose());

  /** Everything that shows or counts claims, as the pages and exports read it. */
  async function views() {
    const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: SLUG }, select: { id: true } });
    const matrix = (await getStoryMatrix(SLUG, { sort: "date", expand: [] }, testDb.db))!;
    const queue = await getReviewQueue({ storySlug: SLUG }, testDb.db);
    const listed = await searchClaims(parseClaimsSearch({ story: SLUG, kind: "all" }), testDb.db);
    const exported = (await loadStoryExport(testDb.db, SLUG))!;
    return {
      matrixIds: [...matrix.statements, ...matrix.newClaims].map((row) => row.claimId),
      queueClaimIds: queue.items.map((item) => item.claimId),
      queueTotal: queue.progress[0]!.total,
      listedTotal: listed.total,
      exportedIds: exported.claims.map((claim) => claim.id),
      totals: (await getStoryLabelTotals(testDb.db)).get(story.id),
    };
  }

  it("hides a new claim from the matrix, the queue and its progress, the claims list and the export, and restores it unchanged", async () => {
    const before = await views();
    const claim = await testDb.db.claim.findFirstOrThrow({ where: { story: { slug: SLUG }, isNew: true, isStale: false, appearances: { some: { machineLabel: "invented", isReviewed: false } } }, orderBy: { position: "asc" }, select: { id: true, _count: { select: { appearances: true } } } });
    expect(before.matrixIds).toContain(claim.id);
    expect(before.queueClaimIds).toContain(claim.id);

    const dismissed = await dismissClaim(testDb.db, editor, { claimId: claim.id, reason: "a byline" });
    expect(dismissed).toEqual({ ok: true, storySlug: SLUG });
    const after = await views();
    expect(after.matrixIds).not.toContain(claim.id);
    expect(after.queueClaimIds).not.toContain(claim.id);
    expect(after.queueTotal).toBe(before.queueTotal - claim._count.appearances);
    expect(after.listedTotal).toBe(before.listedTotal - 1);
    expect(after.exportedIds).not.toContain(claim.id);
    // Dismissing twice changes nothing and logs nothing more.
    expect(await dismissClaim(testDb.db, editor, { claimId: claim.id })).toEqual({ ok: true, storySlug: SLUG });
    expect(await testDb.db.auditLog.count({ where: { entityId: claim.id, action: "claim.dismiss" } })).toBe(1);

    expect(await restoreClaim(testDb.db, editor, { claimId: claim.id })).toEqual({ ok: true, storySlug: SLUG });
    expect(await views()).toEqual(before);
    expect(await restoreClaim(testDb.db, editor, { claimId: claim.id })).toMatchObject({ ok: false, status: 409 });
    const log = await testDb.db.auditLog.findMany({ where: { entityId: claim.id }, orderBy: { at: "asc" }, select: { action: true, actorId: true, after: true } });
    expect(log.map((entry) => entry.action)).toEqual(["claim.dismiss", "claim.restore"]);
    expect(log[0]).toMatchObject({ actorId: editor, after: { dismissed: true, reason: "a byline" } });
  });

  it("takes a dismissed statement's details and omissions out with it", async () => {
    const before = await views();
    const statement = await testDb.db.claim.findFirstOrThrow({
      where: { story: { slug: SLUG }, kind: "statement", isStale: false, omissions: { some: {} }, details: { some: { isStale: false } } },
      orderBy: { position: "asc" },
      select: { id: true, details: { select: { id: true } }, _count: { select: { omissions: true } } },
    });
    await dismissClaim(testDb.db, editor, { claimId: statement.id });
    const after = await views();
    expect(after.matrixIds).not.toContain(statement.id);
    for (const detail of statement.details) expect(after.exportedIds).not.toContain(detail.id);
    expect(after.totals!.omitted).toBe(before.totals!.omitted - statement._count.omissions);
    await restoreClaim(testDb.db, editor, { claimId: statement.id });
    expect(await views()).toEqual(before);
  });

  it("refuses unknown claims and bad input without writing", async () => {
    expect(await dismissClaim(testDb.db, editor, { claimId: "nope" })).toMatchObject({ ok: false, status: 404 });
    expect(await dismissClaim(testDb.db, editor, { claimId: "" })).toMatchObject({ ok: false, status: 422 });
    expect(await testDb.db.claimDismissal.count()).toBe(0);
  });
});
