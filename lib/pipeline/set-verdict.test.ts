import { execFile } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUser } from "@/lib/auth/create-user";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { seedStories } from "./seed-stories";
import { setVerdict } from "./set-verdict";

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const ROOT = path.resolve(import.meta.dirname, "../..");

describe("setVerdict", () => {
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

  /** A derivative's appearance the machine labelled `label`, not touched by another test. */
  const pick = async (label: "faithful" | "invented", skip: number) =>
    testDb.db.claimAppearance.findFirstOrThrow({
      where: { machineLabel: label, isReviewed: false, article: { referenceOf: null } },
      orderBy: { id: "asc" },
      skip,
    });

  it("overrides the machine with a note; the machine verdict stays beside it; history records before → after", async () => {
    const appearance = await pick("invented", 0);
    const result = await setVerdict(testDb.db, alice, { appearanceId: appearance.id, version: appearance.version, label: "added", note: "Background the outlet sourced itself." });
    expect(result).toEqual({ ok: true, version: appearance.version + 1 });
    const after = await testDb.db.claimAppearance.findUniqueOrThrow({ where: { id: appearance.id }, include: { notes: true } });
    expect(after).toMatchObject({ machineLabel: "invented", editorLabel: "added", editorId: alice, isReviewed: true, version: appearance.version + 1 });
    expect(after.notes.map((note) => [note.body, note.authorId])).toEqual([["Background the outlet sourced itself.", alice]]);
    const log = await testDb.db.auditLog.findFirstOrThrow({ where: { entityId: appearance.id } });
    expect(log).toMatchObject({ actorId: alice, actorLabel: "alice@example.org", action: "verdict.set", entityType: "ClaimAppearance" });
    expect(log.before).toMatchObject({ label: "invented", editorLabel: null });
    expect(log.after).toMatchObject({ label: "added", note: "Background the outlet sourced itself." });
  });

  it("requires a note to change the label, not to confirm it, and changes nothing when refused", async () => {
    const appearance = await pick("faithful", 0);
    const refused = await setVerdict(testDb.db, alice, { appearanceId: appearance.id, version: appearance.version, label: "hardened" });
    expect(refused).toMatchObject({ ok: false, status: 422, fieldErrors: { note: [expect.any(String)] } });
    expect(await testDb.db.claimAppearance.findUniqueOrThrow({ where: { id: appearance.id } })).toMatchObject({ version: appearance.version, editorLabel: null });
    const confirmed = await setVerdict(testDb.db, alice, { appearanceId: appearance.id, version: appearance.version, label: "faithful" });
    expect(confirmed).toEqual({ ok: true, version: appearance.version + 1 });
    expect(await testDb.db.auditLog.findFirstOrThrow({ where: { entityId: appearance.id } })).toMatchObject({ action: "verdict.confirm" });
  });

  it("requires a note to change another editor's label, even back to the machine's; confirming it without one keeps their note", async () => {
    const appearance = await pick("invented", 3);
    const overridden = await setVerdict(testDb.db, alice, { appearanceId: appearance.id, version: appearance.version, label: "added", note: "Sourced background." });
    expect(overridden).toEqual({ ok: true, version: appearance.version + 1 });
    const reverted = await setVerdict(testDb.db, bob, { appearanceId: appearance.id, version: appearance.version + 1, label: "invented" });
    expect(reverted).toMatchObject({ ok: false, status: 422, message: expect.stringContaining("Write a note"), fieldErrors: { note: [expect.any(String)] } });
    expect(await testDb.db.claimAppearance.findUniqueOrThrow({ where: { id: appearance.id } })).toMatchObject({ version: appearance.version + 1, editorLabel: "added", editorId: alice });
    const confirmed = await setVerdict(testDb.db, bob, { appearanceId: appearance.id, version: appearance.version + 1, label: "added" });
    expect(confirmed).toEqual({ ok: true, version: appearance.version + 2 });
    expect(await testDb.db.claimAppearance.findUniqueOrThrow({ where: { id: appearance.id } })).toMatchObject({ editorLabel: "added", editorNote: "Sourced background.", editorId: bob });
    const log = await testDb.db.auditLog.findFirstOrThrow({ where: { entityId: appearance.id, actorId: bob } });
    expect(log.after).toMatchObject({ label: "added", note: "Sourced background." });
    const revertedWithNote = await setVerdict(testDb.db, bob, { appearanceId: appearance.id, version: appearance.version + 2, label: "invented", note: "Not in the outlet's own reporting." });
    expect(revertedWithNote).toEqual({ ok: true, version: appearance.version + 3 });
  });

  it("refuses a save made against an old version, naming who changed it and when", async () => {
    const appearance = await pick("faithful", 1);
    expect((await setVerdict(testDb.db, bob, { appearanceId: appearance.id, version: appearance.version, label: "faithful" })).ok).toBe(true);
    const stale = await setVerdict(testDb.db, alice, { appearanceId: appearance.id, version: appearance.version, label: "softened", note: "hedged" });
    expect(stale).toMatchObject({ ok: false, status: 409, message: expect.stringMatching(/^Changed by Bob Editor at \d{4}-\d\d-\d\d \d\d:\d\d UTC.*reload/) });
  });

  /** Checks that exactly one of two saves made against the same version won, and that nothing of the loser was written. */
  async function expectOneWinner(appearanceId: string, version: number, results: Awaited<ReturnType<typeof setVerdict>>[], sides: { actorId: string; label: string }[]) {
    const winners = results.flatMap((result, index) => (result.ok ? [index] : []));
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => !result.ok)).toEqual([expect.objectContaining({ status: 409, message: expect.stringMatching(/^Changed by (Alice|Bob) Editor at .*reload/) })]);
    const winner = sides[winners[0] as number]!;
    const row = await testDb.db.claimAppearance.findUniqueOrThrow({ where: { id: appearanceId }, include: { notes: true } });
    expect(row).toMatchObject({ version: version + 1, editorLabel: winner.label, editorId: winner.actorId });
    expect(row.notes).toHaveLength(1);
    expect(await testDb.db.auditLog.count({ where: { entityId: appearanceId } })).toBe(1);
  }

  it("lets exactly one of two concurrent saves through the server's connection (same version): no lost update", async () => {
    const appearance = await pick("invented", 1);
    const sides = [{ actorId: alice, label: "altered" }, { actorId: bob, label: "faithful" }];
    const results = await Promise.all(
      sides.map((side) => setVerdict(testDb.db, side.actorId, { appearanceId: appearance.id, version: appearance.version, label: side.label as "altered", note: `${side.label} because…` })),
    );
    await expectOneWinner(appearance.id, appearance.version, results, sides);
  });

  it("lets exactly one of two saves racing from separate processes through (two SQLite connections): no lost update", async () => {
    const appearance = await pick("invented", 2);
    const sides = [{ actorId: alice, label: "altered" }, { actorId: bob, label: "softened" }];
    // Both processes connect, then wait for the same instant before saving.
    const startAt = String(Date.now() + 5_000); // tsx starts in ~1–3 s on a loaded 2-core machine
    const run = (side: { actorId: string; label: string }) =>
      new Promise<string>((resolve, reject) =>
        execFile(
          path.join(ROOT, "node_modules/.bin/tsx"),
          ["lib/testing/race-set-verdict.ts", testDb.url, side.actorId, appearance.id, String(appearance.version), side.label, `${side.label}: why`, startAt],
          { cwd: ROOT },
          (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(stdout)),
        ),
      );
    const results = (await Promise.all(sides.map(run))).map((stdout) => JSON.parse(stdout) as Awaited<ReturnType<typeof setVerdict>>);
    await expectOneWinner(appearance.id, appearance.version, results, sides);
  }, 30_000);

  it("rejects unknown appearances and invalid labels", async () => {
    expect(await setVerdict(testDb.db, alice, { appearanceId: "nope", version: 0, label: "faithful" })).toMatchObject({ ok: false, status: 404 });
    expect(await setVerdict(testDb.db, alice, { appearanceId: "nope", version: 0, label: "omitted" as never })).toMatchObject({ ok: false, status: 422 });
    expect(await setVerdict(testDb.db, alice, { appearanceId: "x", version: 0, label: "added", note: "x".repeat(2_001) })).toMatchObject({ ok: false, status: 422 });
  });
});
