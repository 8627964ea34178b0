import { createUser } from "../lib/auth/create-user";
import { createDb } from "../lib/db";
import type { Account } from "../e2e/accounts";

// Creates the accounts read as JSON on stdin in the e2e database (DATABASE_URL), skipping any that
// exist. The SQLite e2e makes its accounts with `npm run user:create`; here one process makes a
// spec's accounts with the same createUser, without the CLI's `prisma migrate deploy` (~10 s a call
// on PostgreSQL; instance A has migrated already).
let input = "";
for await (const chunk of process.stdin) input += chunk;
const db = createDb();
try {
  for (const user of JSON.parse(input) as Account[]) {
    const result = await createUser(db, { email: user.email, name: user.name, role: user.role, password: user.password }, { actorId: null });
    if (!result.ok && result.reason !== "email-taken") throw new Error(`${user.email}: ${JSON.stringify(result)}`);
  }
} finally {
  await db.$disconnect();
}
