import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

/**
 * A throwaway PostgreSQL cluster for the test command: its own data and socket directory under
 * /tmp, a private port, trust authentication on loopback only, stopped and deleted afterwards.
 * PostgreSQL refuses to run as root, so as root the server runs as the `postgres` user that
 * Debian's package creates.
 */

const SERVER_ROOTS = ["/usr/lib/postgresql"];

/** The bin folder of the newest installed PostgreSQL server (Debian layout), or null. */
export function findPostgresBin(): string | null {
  for (const root of SERVER_ROOTS) {
    if (!existsSync(root)) continue;
    const versions = readdirSync(root)
      .filter((version) => existsSync(path.join(root, version, "bin/postgres")))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(root, versions[0], "bin");
  }
  return null;
}

function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** The first free port from `from` (PostgreSQL's lock file would refuse a busy one less clearly). */
export async function findFreePort(from: number, tries = 40): Promise<number> {
  for (let port = from; port < from + tries; port += 1) if (await isPortFree(port)) return port;
  throw new Error(`no free port in ${from}–${from + tries - 1}`);
}

export interface PostgresCluster {
  /** A superuser URL on the cluster's `postgres` database. */
  url: string;
  port: number;
  stop(): void;
}

/** Starts a fresh cluster on `port` (the first free one from 55432 by default); throws with the server's log on failure. */
export async function startPostgresCluster(bin: string, port?: number): Promise<PostgresCluster> {
  const chosen = port ?? (await findFreePort(55432));
  const dir = mkdtempSync(path.join(tmpdir(), "claimtrail-pg-"));
  const data = path.join(dir, "data");
  const isRoot = process.getuid?.() === 0;
  const asOwner = (command: string, args: string[]) => (isRoot ? ["runuser", ["-u", "postgres", "--", command, ...args]] as const : [command, args] as const);
  if (isRoot) {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    chownSync(dir, uid, gid);
  }
  chmodSync(dir, 0o700);
  const run = (command: string, args: string[]) => {
    const [cmd, argv] = asOwner(command, args);
    const result = spawnSync(cmd, [...argv], { encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${command} failed (${result.status ?? result.signal}):\n${result.stdout}\n${result.stderr}`);
  };
  // C.UTF-8: Unicode-aware character classes (the search index keeps non-ASCII letters) and
  // byte-order sorting, with no locale package needed.
  run(path.join(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "--encoding=UTF8", "--locale=C.UTF-8", "--no-sync"]);
  // fsync off and a small footprint: a throwaway cluster on a shared machine, never real data.
  const options = `-p ${chosen} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200 -c shared_buffers=32MB`;
  run(path.join(bin, "pg_ctl"), ["-D", data, "-l", path.join(dir, "server.log"), "-o", options, "-w", "-t", "60", "start"]);
  return {
    url: `postgresql://postgres@127.0.0.1:${chosen}/postgres`,
    port: chosen,
    stop() {
      try {
        run(path.join(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
