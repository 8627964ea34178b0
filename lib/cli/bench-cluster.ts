import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import autocannon from "autocannon";
import pg from "pg";
import { findPostgresBin, findFreePort, startPostgresCluster, type PostgresCluster } from "@/lib/testing/postgres-cluster";
import { waitForServer } from "./wait-for-server";

// `npm run bench:cluster [-- --no-cache]`: one instance against two on one PostgreSQL database (issue #16's load
// test; bounded, loopback only). Starts a throwaway PostgreSQL cluster of its own, a fresh
// database holding the seed story, instance A, then instance B once A has migrated and seeded; then,
// for the story page and the claims search, autocannon at 40 connections against A alone, and
// 20 + 20 connections against A and B at once. Prints requests/s and latency per run; autocannon
// gives p90 and p97.5, not p95, so p97.5 (the stricter bound) stands in for p95.
const ROOT = path.resolve(import.meta.dirname, "../..");
/** Seconds per load run: long enough for a steady rate, short enough that the whole bench takes ~1 min. */
const DURATION_S = Number(process.env.BENCH_SECONDS ?? 5);
/** The load: 40 connections in all, split evenly over the instances. */
const CONNECTIONS = 40;
const DATABASE = "claimtrail_bench_cluster";
/** `-- --no-cache`: every request renders (what signed-in editors get), the case a second process helps most. */
const isCacheOff = process.argv.includes("--no-cache");
const PAGES = [
  ["story page", "/stories/abraham-accords-expansion"],
  ["claims search", "/claims?q=Lightstone"],
] as const;

interface Run {
  requestsPerSecond: number;
  p50: number;
  p97_5: number;
  errors: number;
}

async function load(url: string, connections: number): Promise<Run> {
  const result = await autocannon({ url, connections, duration: DURATION_S });
  return { requestsPerSecond: Math.round(result.requests.average), p50: result.latency.p50, p97_5: result.latency.p97_5, errors: result.errors + result.non2xx };
}

function startInstance(url: string, port: number): ChildProcess {
  return spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/start.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1", CLAIMTRAIL_PAGE_CACHE: isCacheOff ? "off" : "on" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

/** A fresh database of this bench's own on the cluster (dropped first if a previous run left it). */
async function createDatabase(clusterUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: clusterUrl });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
    await client.query(`CREATE DATABASE ${DATABASE}`);
  } finally {
    await client.end();
  }
  const url = new URL(clusterUrl);
  url.pathname = `/${DATABASE}`;
  return url.toString();
}

const bin = findPostgresBin();
if (!bin) {
  console.error("bench:cluster: no PostgreSQL server installed (/usr/lib/postgresql/*/bin/postgres); `apt-get install postgresql`");
  process.exit(1);
}
let cluster: PostgresCluster | null = null;
const instances: ChildProcess[] = [];
const stopAll = () => {
  for (const child of instances) {
    try {
      process.kill(-child.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  }
  cluster?.stop();
};
for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => (stopAll(), process.exit(130)));

try {
  cluster = await startPostgresCluster(bin);
  const url = await createDatabase(cluster.url);
  const portA = await findFreePort(Number(process.env.BENCH_PORT ?? 3310));
  const portB = await findFreePort(portA + 1);
  const [a, b] = [`http://127.0.0.1:${portA}`, `http://127.0.0.1:${portB}`];
  instances.push(startInstance(url, portA));
  await waitForServer(`${a}/`); // A migrates, bootstraps search and seeds; B finds it done
  instances.push(startInstance(url, portB));
  await waitForServer(`${b}/`);
  console.log(`bench:cluster: instances on ${a} and ${b}, PostgreSQL ${path.basename(path.dirname(bin))} on port ${cluster.port}; ${DURATION_S} s per run; page cache ${isCacheOff ? "off" : "on"}`);

  const rows = [];
  for (const [name, page] of PAGES) {
    // Warm both (the first render compiles the route's server chunks; later ones hit the page cache).
    await Promise.all([a, b].map((base) => fetch(`${base}${page}`).then((response) => response.arrayBuffer())));
    const one = await load(`${a}${page}`, CONNECTIONS);
    const [onA, onB] = await Promise.all([load(`${a}${page}`, CONNECTIONS / 2), load(`${b}${page}`, CONNECTIONS / 2)]);
    rows.push({
      page: name,
      "1 instance req/s": one.requestsPerSecond,
      "1 instance p97.5 ms": one.p97_5,
      "2 instances req/s": `${onA.requestsPerSecond} + ${onB.requestsPerSecond} = ${onA.requestsPerSecond + onB.requestsPerSecond}`,
      "2 instances p97.5 ms": `${onA.p97_5} / ${onB.p97_5}`,
      errors: one.errors + onA.errors + onB.errors,
    });
  }
  console.table(rows);
} finally {
  stopAll();
}
