import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/create-user";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { seedStories } from "./seed-stories";
import { setVerdict } from "./set-verdict";
import { undoVerdict } from "./undo-verdict";

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe("undoVerdict", () => {
  let testDb: TestDb;
  let alice: string;
  let bob: string;
  beforeAll(async () => {
    testDb = createTestDb();
    await seedStories(testDb.db);
    const make = async (email: string, name: string) => {
      const result = await createUser(testDb.db, { email, name, role: "editor", password: "a long enough password" }, { actorId: null, cost: CHEAP });
      if (!result.ok) throw new Error(result.reason);
      return result.user.id;
    };
    alice = await make("alice@example.org", "Alice Editor");
    bob = await make("bob@example.org", "Bob Editor");
  }, 60_000);
  afterAll(() => testDb.dispose());

  const pick = async (skip: number) =>
    testDb.db.claimAppearance.findFirstOrThrow({ where: { machineLabel: "invented", isReviewed: false, article: { referenceOf: null } }, orderBy: { id: "asc" }, skip });
  const state = (id: string) =>
    testDb.db.claimAppearance.findUniqueOrThrow({ where: { id }, select: { editorLabel: true, editorNote: true, editorId: true, editedAt: true, isReviewed: true, version: true, notes: { select: { body: true } } } });
  const lastEntry = (id: string, actorId: string) => testDb.db.auditLog.findFirstOrThrow({ where: { entityId: id, actorId }, orderBy: { at: "desc" } });

  it("restores the machine's state after an override, removes the verdict's note, and audits the undo", async () => {
    const appearance = await pick(0);
    const initial = await state(appearance.id);
    await setVerdict(testDb.db, alice, { appearanceId: appearance.id, version: appearance.version, label: "added", note: "Background, not invented." });
    const verdict = await lastEntry(appearance.id, alice);
    const result = await undoVerdict(testDb.db, alice, { auditId: verdict.id });
    expect(result).toEqual({ ok: true, version: appearance.version + 2, appearanceId: appearance.id });
    expect(await state(appearance.id)).toEqual({ ...initial, version: appearance.version + 2 });
    const undo = await lastEntry(appearance.id, alice);
    expect(undo).toMatchObject({ action: "verdict.undo", entityType: "ClaimAppearance" });
    expect(undo.before).toMatchObject({ label: "added", editorLabel: "added" });
    expect(undo.after).toMatchObject({ label: "invented", editorLabel: null, reviewed: false, undoes: verdict.id });
    // Once only.
    expect(await undoVerdict(testDb.db, alice, { auditId: verdict.id })).toMatchObject({ ok: false, status: 409 });
  });

  it("restores another editor's earlier verdict, with their name and time", async () => {
    const appearance = await pick(1);
    await setVerdict(testDb.db, bob, { appearanceId: appearance.id, version: appearance.version, label: "added", note: "Bob: background." });
    const bobs = await state(appearance.id);
    await setVerdict(testDb.db, alice, { appearanceId: appearance.id, version: appearance.version + 1, label: "invented", note: "Alice: it is invented after all." });
    const verdict = await lastEntry(appearance.id, alice);
    expect(await undoVerdict(testDb.db, alice, { auditId: verdict.id })).toMatchObject({ ok: true });
    const restored = await state(appearance.id);
    expect(restored).toMatchObject({ editorLabel: "added", editorNote: "Bob: background.", editorId: bob, isReviewed: true });
    expect(restored.editedAt?.getTime()).toBeGreaterThanOrEqual(bobs.editedAt!.getTime());
    expect(restored.notes.map((note) => note.body)).toEqual(["Bob: background."]);
  });

  it("refuses when someone changed the appearance since, and changes nothing", async () => {
    const appearance = await pick(2);
    await setVerdict(testDb.db, alice, { appearanceId: appearance.id, version: appearance.version, label: "invented" });
    const verdict = await lastEntry(appearance.id, alice);
    await setVerdict(testDb.db, bob, { appearanceId: appearance.id, version: appearance.version + 1, label: "added", note: "Bob disagrees." });
    const before = await state(appearance.id);
    const result = await undoVerdict(testDb.db, alice, { auditId: verdict.id });
    expect(result).toMatchObject({ ok: false, status: 409, message: expect.stringContaining("Bob Editor") });
    expect(await state(appearance.id)).toEqual(before);
  });

  it.each([
    ["someone else's verdict", "bob", 404],
    ["an unknown entry", "nobody", 404],
    ["an empty id", "", 422],
  ])("refuses %s", async (_, who, status) => {
    const appearance = await pick(3);
    await setVerdict(testDb.db, bob, { appearanceId: appearance.id, version: appearance.version, label: "invented" });
    const bobsEntry = await lastEntry(appearance.id, bob);
    const auditId = who === "bob" ? bobsEntry.id : who === "nobody" ? "cmnosuchentry000000000000" : who;
    expect(await undoVerdict(testDb.db, alice, { auditId })).toMatchObject({ ok: false, status });
  });
});
