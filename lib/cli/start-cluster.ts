import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { getEnv } from "@/lib/config/env";
import { dialectOfUrl } from "@/lib/db-dialect";

// `npm run start:cluster`: two app instances on PORT and PORT + 1 and one job worker against one
// PostgreSQL database (DATABASE_URL). The first instance migrates, seeds if empty and builds if
// needed (`npm start`); the second and the worker start once it is ready, so nothing builds or
// migrates at the same time. The instances run with CLAIMTRAIL_JOB_RUNNER=external: they only
// queue analysis jobs, which pg-boss hands to the worker (`npm run worker`, one job per core).
// Each instance keeps its own page cache, emptied by any instance's commit (LISTEN/NOTIFY), and
// the sign-in limits are the database's. Ctrl-C stops all three.
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

/**
 * Starts a child (`command args` in the project), prefixing its output with `[name] `; resolves once
 * a line of its output contains `ready`.
 */
function startChild(name: string, command: string, args: string[], env: Record<string, string>, ready: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    const prefix = `[${name}] `;
    const forward = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      const text = chunk.toString();
      stream.write(text.replace(/^(?=.)/gm, prefix));
      if (text.includes(ready)) resolve();
    };
    child.stdout.on("data", forward(process.stdout));
    child.stderr.on("data", forward(process.stderr));
    child.on("exit", (code, signal) => {
      reject(new Error(`${name} exited (${code ?? signal}) before it was ready`));
      if (!process.exitCode) stopAll(code ?? 1);
    });
  });
}

/** `npm start` on `port`, leaving analysis jobs to the worker. */
const startInstance = (port: number) => startChild(String(port), path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/start.ts"], { PORT: String(port), CLAIMTRAIL_JOB_RUNNER: "external" }, "ClaimTrail ready");

try {
  await startInstance(PORT);
  await startInstance(PORT + 1);
  // `npm run worker`: the same launcher as the npm script.
  await startChild("worker", process.execPath, ["lib/cli/launch-cli.mjs", "worker"], {}, "worker: running");
  console.log(`start:cluster: two instances on http://localhost:${PORT} and http://localhost:${PORT + 1} and one job worker, one database`);
} catch (error) {
  console.error(`start:cluster: ${error instanceof Error ? error.message : String(error)}`);
  stopAll(1);
}
