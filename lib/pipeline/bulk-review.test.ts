import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "@/lib/auth/create-user";
import { getReviewQueue } from "@/lib/server/queries/get-review-queue";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { bulkReview } from "./bulk-review";
import { seedStories } from "./seed-stories";

vi.mock("server-only", () => ({}));

const SLUG = "abraham-accords-expansion";
const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe("bulkReview", () => {
  let testDb: TestDb;
  let editor: string;
  beforeAll(async () => {
    testDb = createTestDb();
    await seedStories(testDb.db);
    const result = await createUser(testDb.db, { email: "bo@example.org", name: "Bo Editor", role: "editor", password: "a long enough password" }, { actorId: null, cost: CHEAP });
    if (!result.ok) throw new Error(result.reason);
    editor = result.user.id;
  }, 120_000);
  afterAll(() => testDb.dispose());
  const queue = () => getReviewQueue({ storySlug: SLUG }, testDb.db);

  it("confirms the ticked items in one transaction and one audit entry, skipping one changed since", async () => {
    const { items, progress } = await queue();
    const [a, b, c] = items;
    // c was reviewed by someone else after the page was read: its version moved on.
    await testDb.db.claimAppearance.update({ where: { id: c!.id }, data: { version: { increment: 1 } } });
    const result = await bulkReview(testDb.db, editor, { operation: "confirm", scope: "selected", items: [a, b, c].map((item) => `${item!.id}:${item!.version}`) });
    expect(result).toEqual({ ok: true, changed: 2, skipped: 1 });
    const after = await queue();
    expect(after.progress[0]!.reviewed).toBe(progress[0]!.reviewed + 2);
    const rows = await testDb.db.claimAppearance.findMany({ where: { id: { in: [a!.id, b!.id] } }, select: { editorLabel: true, machineLabel: true, isReviewed: true, editorId: true } });
    for (const row of rows) expect(row).toMatchObject({ editorLabel: row.machineLabel, isReviewed: true, editorId: editor });
    const entries = await testDb.db.auditLog.findMany({ where: { action: "review.bulk" } });
    expect(entries).toHaveLength(1);
    expect((entries[0]!.after as { items: { id: string }[] }).items.map((item) => item.id).sort()).toEqual([a!.id, b!.id].sort());
  });

  it("relabels with a required note stored on every item", async () => {
    const { items } = await queue();
    const picked = items.slice(0, 2).map((item) => `${item.id}:${item.version}`);
    expect(await bulkReview(testDb.db, editor, { operation: "relabel", label: "faithful", scope: "selected", items: picked })).toMatchObject({ ok: false, status: 422, fieldErrors: { note: [expect.any(String)] } });
    expect(await bulkReview(testDb.db, editor, { operation: "relabel", label: "faithful", note: "Same facts, other words.", scope: "selected", items: picked })).toEqual({ ok: true, changed: 2, skipped: 0 });
    const notes = await testDb.db.note.count({ where: { body: "Same facts, other words.", appearanceId: { in: items.slice(0, 2).map((item) => item.id) } } });
    expect(notes).toBe(2);
  });

  it("dismisses the items' claims, and 'all matching this filter' empties the story's queue", async () => {
    const { items } = await queue();
    const first = items[0]!;
    expect(await bulkReview(testDb.db, editor, { operation: "dismiss", scope: "selected", items: [`${first.id}:${first.version}`] })).toMatchObject({ ok: true, changed: 1 });
    expect(await testDb.db.claimDismissal.count({ where: { claimId: first.claimId } })).toBe(1);
    expect((await queue()).items.map((item) => item.claimId)).not.toContain(first.claimId);

    const before = await queue();
    const waiting = before.progress[0]!.total - before.progress[0]!.reviewed;
    const all = await bulkReview(testDb.db, editor, { operation: "confirm", scope: "filter", storySlug: SLUG });
    expect(all).toMatchObject({ ok: true, skipped: 0 });
    expect(all.ok && all.changed).toBeGreaterThanOrEqual(Math.min(waiting, before.items.length));
    expect((await queue()).items).toHaveLength(0);
    expect(await bulkReview(testDb.db, editor, { operation: "confirm", scope: "filter", storySlug: SLUG })).toMatchObject({ ok: false, status: 409 });
  });
});
