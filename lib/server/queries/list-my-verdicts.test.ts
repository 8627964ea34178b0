import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "@/lib/auth/create-user";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { setVerdict } from "@/lib/pipeline/set-verdict";
import { undoVerdict } from "@/lib/pipeline/undo-verdict";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { listMyVerdicts } from "./list-my-verdicts";

vi.mock("server-only", () => ({}));

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

describe("listMyVerdicts", () => {
  let testDb: TestDb;
  let alice: string;
  let bob: string;
  beforeAll(async () => {
    testDb = createTestDb();
    await seedStories(testDb.db);
    const make = async (email: string) => {
      const result = await createUser(testDb.db, { email, name: email, role: "editor", password: "a long enough password" }, { actorId: null, cost: CHEAP });
      if (!result.ok) throw new Error(result.reason);
      return result.user.id;
    };
    alice = await make("alice@example.org");
    bob = await make("bob@example.org");
  }, 60_000);
  afterAll(() => testDb.dispose());

  it("lists one's own verdicts newest first, saying which can still be undone", async () => {
    const [a, b, c] = await testDb.db.claimAppearance.findMany({ where: { machineLabel: "invented", article: { referenceOf: null } }, orderBy: { id: "asc" }, take: 3 });
    await setVerdict(testDb.db, alice, { appearanceId: a!.id, version: a!.version, label: "invented" });
    await setVerdict(testDb.db, alice, { appearanceId: b!.id, version: b!.version, label: "added", note: "Background." });
    await setVerdict(testDb.db, alice, { appearanceId: c!.id, version: c!.version, label: "invented" });
    await setVerdict(testDb.db, bob, { appearanceId: c!.id, version: c!.version + 1, label: "added", note: "Bob disagrees." });
    const [latest] = await listMyVerdicts(alice, {}, testDb.db);
    const undone = await testDb.db.auditLog.findFirstOrThrow({ where: { actorId: alice, entityId: a!.id } });
    await undoVerdict(testDb.db, alice, { auditId: undone.id });
    const verdicts = await listMyVerdicts(alice, {}, testDb.db);
    expect(latest?.appearanceId).toBe(c!.id);
    expect(verdicts.map((verdict) => [verdict.appearanceId, verdict.from, verdict.to, verdict.isUndone, verdict.isUndoable])).toEqual([
      [c!.id, "invented", "invented", false, false], // Bob changed it since
      [b!.id, "invented", "added", false, true],
      [a!.id, "invented", "invented", true, false],
    ]);
    expect(verdicts[1]?.note).toBe("Background.");
    expect(await listMyVerdicts(bob, { storySlug: "no-such-story" }, testDb.db)).toEqual([]);
  });
});
