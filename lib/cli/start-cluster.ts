import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { getEnv } from "@/lib/config/env";
import { dialectOfUrl } from "@/lib/db-dialect";

// `npm run start:cluster`: two app instances on PORT and PORT + 1 against one PostgreSQL database
// (DATABASE_URL). The first migrates, seeds if empty and builds if needed (`npm start`); the second
// starts once the first is ready, so they never build or migrate at the same time. Each keeps its
// own page cache, emptied by any instance's commit (LISTEN/NOTIFY), and the sign-in limits are the
// database's. Ctrl-C stops both.
const ROOT = path.resolve(import.meta.dirname, "../..");
const { DATABASE_URL, PORT } = getEnv();
if (dialectOfUrl(DATABASE_URL) !== "postgresql") {
  console.error("start:cluster: DATABASE_URL must be a postgresql:// URL (several instances share one PostgreSQL database; SQLite is for one machine: npm start)");
  process.exit(1);
}

const children: ChildProcess[] = [];
const stopAll = (code: number) => {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exitCode = code;
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => stopAll(0));

/** Starts `npm start` on `port`, prefixing its output; resolves once it serves. */
function startInstance(port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/start.ts"], { cwd: ROOT, env: { ...process.env, PORT: String(port) }, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    const prefix = `[${port}] `;
    const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      const text = chunk.toString();
      stream.write(text.replace(/^(?=.)/gm, prefix));
      if (text.includes("ClaimTrail ready")) resolve();
    };
    child.stdout.on("data", forward(process.stdout));
    child.stderr.on("data", forward(process.stderr));
    child.on("exit", (code, signal) => {
      reject(new Error(`instance on port ${port} exited (${code ?? signal}) before it was ready`));
      if (!process.exitCode) stopAll(code ?? 1);
    });
  });
}

try {
  await startInstance(PORT);
  await startInstance(PORT + 1);
  console.log(`start:cluster: two instances on http://localhost:${PORT} and http://localhost:${PORT + 1}, one database`);
} catch (error) {
  console.error(`start:cluster: ${error instanceof Error ? error.message : String(error)}`);
  stopAll(1);
}
