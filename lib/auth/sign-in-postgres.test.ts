import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "@/lib/db";
import { getPostgresTemplate, type TestDb } from "@/lib/testing/create-test-db";
import { createPostgresTestDb } from "@/lib/testing/postgres-test-db";
import { createUser } from "./create-user";
import { createPasswordQueue } from "./password-queue";
import { createPostgresSignInLimiters } from "./rate-limit";
import { signIn, type SignInGuards } from "./sign-in";

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const PASSWORD = "a long enough password";
const template = getPostgresTemplate();

// Two app instances on one PostgreSQL database, each with its own client, pool and limiters (as
// two `npm start` processes have): the sign-in counters are the database's, so failures spread
// over both count as they would on one.
describe.skipIf(!template)("sign-in limits shared by two instances on PostgreSQL", () => {
  let testDb: TestDb;
  let instances: { db: Db; limiters: ReturnType<typeof createPostgresSignInLimiters>; guards: SignInGuards }[] = [];
  beforeAll(async () => {
    testDb = await createPostgresTestDb(template!);
    const created = await createUser(testDb.db, { email: "shared@example.org", role: "viewer", password: PASSWORD }, { actorId: null, cost: CHEAP });
    if (!created.ok) throw new Error(created.reason);
    instances = [0, 1].map(() => {
      const limiters = createPostgresSignInLimiters(testDb.url);
      return { db: createDb(testDb.url), limiters, guards: { limiters, queue: createPasswordQueue({ concurrency: 2, maxWaiting: 64, maxPerAddress: 64 }) } };
    });
  });
  afterAll(async () => {
    await Promise.all(instances.flatMap(({ db, limiters }) => [db.$disconnect(), limiters.close()]));
    await testDb?.dispose();
  });

  it("five failures spread over both instances lock the address out of the account on both", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 7; attempt += 1) {
      const { db, guards } = instances[attempt % 2]!;
      const result = await signIn(db, { email: "shared@example.org", password: `wrong ${attempt}` }, "10.9.0.1", guards);
      statuses.push(result.ok ? 201 : result.status);
    }
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // Even the right password now waits, on either instance; another address is still let in.
    for (const { db, guards } of instances) expect(await signIn(db, { email: "shared@example.org", password: PASSWORD }, "10.9.0.1", guards)).toMatchObject({ ok: false, status: 429 });
    expect(await signIn(instances[1]!.db, { email: "shared@example.org", password: PASSWORD }, "10.9.0.2", instances[1]!.guards)).toMatchObject({ ok: true });
  }, 60_000);
});
