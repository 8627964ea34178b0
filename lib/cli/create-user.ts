import { parseArgs } from "node:util";
import { createInterface } from "node:readline";
import { Writable } from "node:stream";
import { createUser } from "@/lib/auth/create-user";
import { isRole } from "@/lib/auth/roles";
import { createDb } from "@/lib/db";
import { applyMigrations } from "@/lib/pipeline/prepare-database";

// `npm run user:create -- --email ed@example.org --role editor [--name "Ed Itor"]`: the password is
// prompted for (not echoed) on a terminal, or read from stdin's first line when piped, never taken
// from the command line (where it would sit in shell history and `ps`).
const USAGE = "usage: npm run user:create -- --email EMAIL --role viewer|editor|admin [--name NAME]  (password prompted, or piped on stdin)";

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) {
    let input = "";
    for await (const chunk of process.stdin) input += chunk;
    return input.split(/\r?\n/)[0] ?? "";
  }
  // A muted output stream: the prompt is written, the typed characters are not echoed.
  let isMuted = false;
  const output = new Writable({ write: (chunk, _encoding, done) => (isMuted || process.stdout.write(chunk), done()) });
  const ask = (prompt: string) =>
    new Promise<string>((resolve) => {
      const rl = createInterface({ input: process.stdin, output, terminal: true });
      process.stdout.write(prompt);
      isMuted = true;
      rl.question("", (answer) => {
        isMuted = false;
        process.stdout.write("\n");
        rl.close();
        resolve(answer);
      });
    });
  const first = await ask("Password: ");
  if (first !== (await ask("Password again: "))) throw new Error("the passwords differ");
  return first;
}

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, help: { type: "boolean" } } });
  if (values.help || !values.email || !isRole(values.role)) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  applyMigrations();
  const password = await readPassword();
  const db = createDb();
  try {
    const result = await createUser(db, { email: values.email, name: values.name, role: values.role, password }, { actorId: null, actorLabel: "cli" });
    if (!result.ok) {
      const detail = result.reason === "invalid" ? Object.entries(result.fieldErrors).map(([field, errors]) => `${field}: ${errors?.join(" ")}`).join("; ") : result.reason;
      console.error(`user:create: ${detail}`);
      return result.reason === "email-taken" ? 3 : 2;
    }
    console.log(`created ${result.user.role} ${result.user.email}`);
    return 0;
  } finally {
    await db.$disconnect();
  }
}

process.exitCode = await main().catch((error: unknown) => {
  console.error(`user:create: ${error instanceof Error ? error.message : String(error)}`);
  return 1;
});
