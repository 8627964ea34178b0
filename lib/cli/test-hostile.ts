import { execFileSync, spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { request, type OutgoingHttpHeaders } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { SESSION_COOKIE } from "@/lib/auth/sessions";
import { getEnv } from "@/lib/config/env";
import { waitForServer } from "./wait-for-server";

// `npm run test:hostile`: the findings of issue 11 replayed against a real server (npm start's
// server on its own port and database, loopback only, every loop bounded in count and time).
// Prints one line per check with its figures, then "N passed, N failed".
// `npm run test:hostile -- 2,7` runs only the checks of those items (the server and account always).
const ROOT = path.resolve(import.meta.dirname, "../..");
const PORT = getEnv().E2E_PORT + 2; // beside the e2e servers (E2E_PORT and E2E_PORT + 1)
const BASE = `http://127.0.0.1:${PORT}`;
const DB = `file:./prisma/e2e-hostile-${PORT}.db`;
const EDITOR = { email: "hostile-editor@example.org", password: "hostile editor passphrase" };
const SEED = path.join(ROOT, "seeds/abraham-accords-expansion");

/** Items to run (all when no argument is given). */
const ONLY = process.argv[2]?.split(",").map((item) => item.trim());
const wants = (...items: number[]) => !ONLY || items.some((item) => ONLY.includes(String(item)));
/** Issue 11's memory target: server RSS back under this after any hostile input… */
const RSS_TARGET_MB = 600;
/**
 * …within this long ("afterwards"). Measured on 2 cores, RSS read every 3 s after the 201-article
 * import: the worker thread exits after its 10 s idle timeout (lib/pipeline/worker-pool.ts), taking
 * 100–200 MB with it, and V8's memory reducer shrinks the main thread's heap some 15–20 s after
 * the last request (594 → 487 → 392 MB with item 2 alone; 726 → 512 MB after every item, flat
 * from 18 s to 90 s). 15 s cut that second step off half the time; 30 s waits for it.
 */
const RSS_SETTLE_MS = 30_000;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const results: { name: string; ok: boolean; detail: string }[] = [];
function check(name: string, ok: boolean, detail: string) {
  results.push({ name, ok, detail });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}: ${detail}`);
}

/** Waits (up to RSS_SETTLE_MS) for the server's RSS to fall under the target; returns the last reading. */
async function settleRss(pid: number): Promise<{ rss: number; seconds: number }> {
  const started = performance.now();
  let rss = serverRssMb(pid);
  while (rss >= RSS_TARGET_MB && performance.now() - started < RSS_SETTLE_MS) {
    await sleep(1_000);
    rss = serverRssMb(pid);
  }
  return { rss, seconds: Math.round((performance.now() - started) / 1000) };
}

/** Resident memory of the server: the node processes under the one we started, in MB. */
function serverRssMb(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const ppid = Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]?.split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // gone already
    }
  }
  let kb = 0;
  const visit = (pid: number) => {
    try {
      kb = Math.max(kb, Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0));
    } catch {
      // gone already
    }
    for (const child of children.get(pid) ?? []) visit(child);
  };
  visit(rootPid);
  return Math.round(kb / 1024);
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await run();
  return { value, ms: Math.round(performance.now() - started) };
}

/** fetch, once more after a closed keep-alive connection (the server closes idle ones after 5 s). */
const fetchAgain = (url: string, init?: RequestInit) => fetch(url, init).catch(() => fetch(url, init));

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))] ?? 0;

/** Streams `total` bytes in 64 KB pieces (chunked, no Content-Length) and stops once answered. */
function postChunked(pathName: string, total: number, headers: Record<string, string> = {}): Promise<{ status: number; body: string; sentMb: number }> {
  return new Promise((resolve) => {
    let sent = 0;
    let answered = false;
    const req = request(`${BASE}${pathName}`, { method: "POST", headers: { "content-type": "application/json", ...headers } }, (res) => {
      answered = true;
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body, sentMb: Math.round(sent / 1e6) }));
    });
    req.on("error", () => resolve({ status: 0, body: "connection closed", sentMb: Math.round(sent / 1e6) }));
    const piece = Buffer.alloc(64 * 1024, 97);
    const more = () => {
      while (!answered && sent < total) {
        sent += piece.length;
        if (!req.write(piece)) return void req.once("drain", more);
      }
      if (!answered) req.end();
    };
    more();
  });
}

/** Articles with distinct texts made from the seed story's, for bulk imports. */
function bulkArticles(count: number, tag = "copy") {
  const seedTexts = readdirSync(SEED).filter((name) => name.endsWith(".txt")).sort().map((name) => readFileSync(path.join(SEED, name), "utf8"));
  return Array.from({ length: count }, (_, i) => ({ text: `${seedTexts[i % seedTexts.length]}\n\nUpdate ${tag} ${i}: officials said talks would resume on day ${i}.`, outlet: "Reuters", title: `${tag} ${i}` }));
}

const scratch = mkdtempSync(path.join(tmpdir(), "claimtrail-hostile-"));

/** A story folder (manifest + files) of `count` articles for `npm run import`. */
function bulkFolder(count: number, slug: string): string {
  const dir = path.join(scratch, slug);
  mkdirSync(dir, { recursive: true });
  const articles = bulkArticles(count, slug).map((article, i) => {
    writeFileSync(path.join(dir, `bulk-${i}.txt`), article.text);
    return { file: `bulk-${i}.txt`, outlet: { name: "Reuters", domain: "reuters.com", kind: "wire" }, title: article.title, url: `https://www.reuters.com/${slug}/${i}`, publishedAt: "2025-08-01" };
  });
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify({ slug, title: slug, reference: "bulk-0.txt", articles }));
  return dir;
}

/** A CLI of the project on the server's database, its stderr collected. */
function runCli(args: string[]) {
  const child = spawn(path.join(ROOT, "node_modules/.bin/tsx"), args, { cwd: ROOT, env: { ...process.env, DATABASE_URL: DB }, stdio: ["ignore", "ignore", "pipe"] });
  const state = { stderr: "", done: false, exit: null as unknown as Promise<number> };
  child.stderr.on("data", (chunk: Buffer) => (state.stderr += chunk.toString()));
  state.exit = new Promise((resolve) => child.on("exit", (code) => { state.done = true; resolve(code ?? -1); }));
  return state;
}

/** One number from the server's database, read on a read-only connection of our own. */
function countRows(sql: string): number {
  const file = path.join(ROOT, DB.replace(/^file:/, ""));
  const connection = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return Number(connection.prepare(sql).pluck().get());
  } finally {
    connection.close();
  }
}

/** A server action's id in the build (what a page's form carries), by the file and name that export it. */
function findActionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, getEnv().NEXT_DIST_DIR ?? ".next", "server/server-reference-manifest.json"), "utf8")) as { node: Record<string, { filename?: string; exportedName?: string }> };
  const found = Object.entries(manifest.node).find(([, action]) => (action.filename === file || action.filename?.endsWith(`/${file}`)) && action.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${exportedName} of ${file} in the build`);
  return found[0];
}

/** A POST sent from another loopback address (127.0.0.2): a different client to the per-address limits. */
function postFrom(localAddress: string, pathName: string, headers: OutgoingHttpHeaders, body: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const req = request(`${BASE}${pathName}`, { method: "POST", headers, localAddress }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", () => resolve(0));
    req.end(body);
  });
}

async function main(): Promise<number> {
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/prepare-db.ts"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: DB }, stdio: "ignore" });
  const server = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["e2e/start-server.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: DB, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    await waitForServer(`${BASE}/`);
    execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/create-user.ts", "--email", EDITOR.email, "--role", "editor"], { cwd: ROOT, input: `${EDITOR.password}\n`, env: { ...process.env, DATABASE_URL: DB }, stdio: ["pipe", "ignore", "inherit"] });
    const session = (await (await fetch(`${BASE}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(EDITOR) })).json()) as { token: string };
    const auth = { authorization: `Bearer ${session.token}`, "content-type": "application/json" };
    const importHtml = (html: string) => fetch(`${BASE}/api/stories/abraham-accords-expansion/articles`, { method: "POST", headers: auth, body: JSON.stringify({ articles: [{ html, outlet: "Reuters" }] }) });
    console.log(`server up on ${BASE}, RSS ${serverRssMb(server.pid!)} MB`);

    // Item 1: nested HTML.
    if (wants(1)) {
      const P = "<p>The ministry said on Tuesday that the bridge would reopen in May after repairs costing four million euros.</p>";
      for (const [name, html] of [
        ["2,000 nested divs (22 KB)", `${"<div>".repeat(2000)}${P}${"</div>".repeat(2000)}`],
        ["100,000 nested divs", `${"<div>".repeat(100_000)}${P}`],
        ["2.7 MB of unclosed <b><i><u>", "<b><i><u>".repeat(300_000)],
        ["400,000 attributes", `<div ${Array.from({ length: 400_000 }, (_, i) => `a${i}=1`).join(" ")}>${P}</div>`],
      ] as const) {
        const { value, ms } = await timed(async () => {
          const res = await importHtml(html);
          return { status: res.status, body: await res.text() };
        });
        check(`item 1 · import ${name}`, value.status === 422 && /too complex to read/.test(value.body) && ms < 2_000, `${value.status} in ${ms} ms`);
      }
    }

    // Item 4: huge bodies, chunked.
    if (wants(4)) {
      for (const [name, route, headers, megabytes] of [
        ["anonymous chunked POST /api/session", "/api/session", {}, 400],
        ["chunked import body", "/api/stories/abraham-accords-expansion/articles", auth, 200],
        ["chunked POST /api/stories", "/api/stories", auth, 200],
      ] as const) {
        const { value, ms } = await timed(() => postChunked(route, megabytes * 1e6, headers));
        // The import routes read up to their 64 MB cap before refusing, so RSS rises by about that
        // much for a moment; what counts is that it comes back (the target), not the peak.
        const rss = serverRssMb(server.pid!);
        const settled = await settleRss(server.pid!);
        check(`item 4 · ${megabytes} MB ${name}`, value.status === 413 && ms < 2_000 && settled.rss < RSS_TARGET_MB, `${value.status} after ${value.sentMb} MB sent, ${ms} ms, server RSS ${rss} MB, ${settled.rss} MB ${settled.seconds} s later`);
      }
    }

    // Item 5: cache bypass with ?x=N; cached GET / latency meanwhile.
    if (wants(5)) {
      {
        const misses: string[] = [];
        const latencies: number[] = [];
        const { ms } = await timed(() =>
          Promise.all(
            Array.from({ length: 20 }, async (_, worker) => {
              for (let i = 0; i < 15; i++) {
                const started = performance.now();
                const res = await fetch(`${BASE}/stories/abraham-accords-expansion?x=${worker * 100 + i}`);
                await res.arrayBuffer();
                latencies.push(performance.now() - started);
                if (res.headers.get("x-claimtrail-cache") === "miss") misses.push(String(res.status));
              }
            }),
          ),
        );
        check("item 5 · 300 story-page GETs with ?x=N from 20 connections", misses.length <= 2, `${misses.length} renders, ${Math.round((300 / ms) * 1000)} req/s, p50 ${Math.round(percentile(latencies, 50))} ms, p99 ${Math.round(percentile(latencies, 99))} ms`);
      }
    }

    // Item 3: an anonymous /setup flood (the first-run action, after an admin exists) from one
    // address while a real user signs in from another.
    if (wants(3)) {
      const actionId = findActionId("lib/server/actions/set-up-admin.ts", "setUpAdminAction");
      const form = new FormData();
      // React's encoding of the action's arguments (previous state, the form): "$K1" is the form, its fields prefixed "1_".
      form.append("0", JSON.stringify([{ ok: false }, "$K1"]));
      for (const [name, value] of [["email", "intruder@example.org"], ["password", "correct horse battery staple"], ["confirm", "correct horse battery staple"]]) form.append(`1_${name}`, value!);
      const encoded = new Response(form);
      const body = Buffer.from(await encoded.arrayBuffer());
      const headers = { "next-action": actionId, origin: BASE, "content-type": encoded.headers.get("content-type")!, "content-length": String(body.length) };
      // The same sign-ins without a flood: what the machine's load alone makes of them.
      const quiet: number[] = [];
      for (let i = 0; i < 5; i++) {
        const { value, ms } = await timed(() => fetchAgain(`${BASE}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(EDITOR) }));
        await value.arrayBuffer();
        quiet.push(ms);
      }
      let isFlooding = true;
      const floodStatuses = new Map<number, number>();
      const flood = Promise.all(
        Array.from({ length: 60 }, async () => {
          for (let i = 0; i < 30 && isFlooding; i++) {
            const status = await postFrom("127.0.0.2", "/setup", headers, body);
            floodStatuses.set(status, (floodStatuses.get(status) ?? 0) + 1);
          }
        }),
      );
      await sleep(500);
      const signIns: number[] = [];
      const signInStatuses: number[] = [];
      for (let i = 0; i < 10; i++) {
        const { value, ms } = await timed(() => fetchAgain(`${BASE}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(EDITOR) }));
        await value.arrayBuffer();
        signIns.push(ms);
        signInStatuses.push(value.status);
      }
      isFlooding = false;
      await flood;
      const users = countRows("SELECT count(*) FROM User WHERE email = 'intruder@example.org'");
      check(
        "item 3 · sign-in p95 while 60 anonymous /setup posts run",
        signInStatuses.every((status) => status === 201) && percentile(signIns, 95) < 1_500 && users === 0,
        `without the flood p50 ${Math.round(percentile(quiet, 50))} ms; with it: sign-ins ${[...new Set(signInStatuses)].join("/")}, p50 ${Math.round(percentile(signIns, 50))} ms, p95 ${Math.round(percentile(signIns, 95))} ms; flood answers ${[...floodStatuses].map(([status, count]) => `${count}× ${status}`).join(", ")}; ${users} accounts created by the flood`,
      );
    }

    // Item 8: cross-site server action.
    if (wants(8)) {
      {
        const res = await fetch(`${BASE}/sign-in`, { method: "POST", headers: { "next-action": "0000", origin: "https://evil.example", "content-type": "text/plain" }, body: "[]" });
        const body = await res.text();
        check("item 8 · cross-site server action", res.status === 403 && body.length > 0, `${res.status}, ${body.length} bytes of body`);
      }
      {
        // Declared length: Next looks the action up before reading a chunked body, so an unknown id is
        // refused (409) without reading; the length is what a real oversize upload announces.
        const res = await postChunked("/stories/abraham-accords-expansion/articles/new", 20e6, { "next-action": "0".repeat(42), origin: BASE, "content-type": "multipart/form-data; boundary=x", "content-length": String(20e6) });
        check("item 8 · oversize server-action body (20 MB)", res.status === 413 && res.body.length > 0, `${res.status} after ${res.sentMb} MB sent`);
      }
    }

    // Item 14: weak passwords.
    if (wants(14)) {
      for (const password of [" ".repeat(12), "aaaaaaaaaaaa"]) {
        let output = "";
        let status = 0;
        try {
          execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/create-user.ts", "--email", `weak${password.length}${password[0] === " " ? "s" : "a"}@example.org`, "--role", "viewer"], { cwd: ROOT, input: `${password}\n`, env: { ...process.env, DATABASE_URL: DB }, stdio: ["pipe", "pipe", "pipe"] });
        } catch (error) {
          status = (error as { status: number }).status;
          output = String((error as { stderr: Buffer }).stderr);
        }
        check(`item 14 · user:create with ${JSON.stringify(password)}`, status === 2 && /easy to guess/.test(output), `exit ${status}: ${output.trim().split("\n")[0]}`);
      }
    }

    // Items 2, 3 and 16: a 201-article import while readers load the cached home page and a
    // signed-in page; then the server's memory once it settles.
    if (wants(2, 16)) {
      const created = await fetchAgain(`${BASE}/api/stories`, { method: "POST", headers: auth, body: JSON.stringify({ title: "Hostile bulk import" }) });
      const { story } = (await created.json()) as { story: { slug: string } };
      await fetchAgain(`${BASE}/`);
      const rssBefore = serverRssMb(server.pid!);
      const latencies: number[] = [];
      const signedIn: number[] = [];
      let isImporting = true;
      let readErrors = 0;
      const readLoop = async (into: number[], headers: Record<string, string>) => {
        while (isImporting) {
          const started = performance.now();
          const ok = await fetch(`${BASE}/`, { headers }).then((res) => res.arrayBuffer().then(() => res.ok), () => false);
          if (ok) into.push(performance.now() - started);
          else readErrors += 1;
        }
      };
      // The editor's own home page: signed in, so never from the page cache.
      const readers = Promise.all([readLoop(latencies, {}), readLoop(signedIn, { cookie: `${SESSION_COOKIE}=${session.token}` })]);
      const progressAt: number[] = [];
      const { value: status, ms } = await timed(async () => {
        const res = await fetchAgain(`${BASE}/api/stories/${story.slug}/articles`, { method: "POST", headers: { ...auth, accept: "application/x-ndjson" }, body: JSON.stringify({ articles: bulkArticles(201).map((article, i) => ({ ...article, isReference: i === 0 })) }) });
        const reader = res.body!.getReader();
        const started = performance.now();
        let text = "";
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          const lines = new TextDecoder().decode(chunk.value).split("\n").filter(Boolean);
          for (const line of lines) if (line.includes('"progress"')) progressAt.push(performance.now() - started);
          text += lines.join("\n");
        }
        return /"type":"done"/.test(text) ? 201 : text.slice(-200);
      });
      isImporting = false;
      await readers;
      const rssAfter = serverRssMb(server.pid!);
      const spreadMs = progressAt.length > 1 ? Math.round(progressAt.at(-1)! - progressAt[0]!) : 0;
      const ms50 = (values: number[], p: number) => Math.round(percentile(values, p));
      check("item 2 · cached GET / while a 201-article import runs", status === 201 && percentile(latencies, 99) < 100, `import ${status} in ${ms} ms; ${latencies.length} reads, p50 ${ms50(latencies, 50)} ms, p99 ${ms50(latencies, 99)} ms, max ${ms50(latencies, 100)} ms, ${readErrors} failed reads`);
      check("item 2 · signed-in page (editor's GET /) meanwhile", signedIn.length > 0 && percentile(signedIn, 99) < 1_000, `${signedIn.length} reads, p50 ${ms50(signedIn, 50)} ms, p99 ${ms50(signedIn, 99)} ms, max ${ms50(signedIn, 100)} ms`);
      check("item 16 · NDJSON progress streamed as it happens", progressAt.length > 10 && spreadMs > ms / 4, `${progressAt.length} progress lines over ${spreadMs} ms of a ${ms} ms import`);
      const settled = await settleRss(server.pid!);
      check(`target · server RSS after the import (< ${RSS_TARGET_MB} MB within ${RSS_SETTLE_MS / 1000} s)`, settled.rss < RSS_TARGET_MB, `${rssBefore} MB before, ${rssAfter} MB right after, ${settled.rss} MB ${settled.seconds} s later`);
    }

    // Item 7: the CLI importing into the server's database. A server write that cannot get the
    // lock answers 503 with Retry-After (not a 500 after 5 s); a CLI import that meets a server
    // import says "database busy, waiting" and succeeds.
    if (wants(7)) {
      const folder = bulkFolder(80, "hostile-cli-import");
      const cli = runCli(["lib/cli/import.ts", folder]);
      const writes: { status: number; ms: number; retryAfter: string | null }[] = [];
      // Writes start once the CLI is past its start-up (it prints its progress on stderr).
      while (!cli.done && !/saving|analysing|storing/.test(cli.stderr)) await sleep(200);
      while (!cli.done && writes.length < 20) {
        const { value, ms } = await timed(() => fetchAgain(`${BASE}/api/stories`, { method: "POST", headers: auth, body: JSON.stringify({ title: `Written beside the CLI ${writes.length}` }) }));
        await value.arrayBuffer();
        writes.push({ status: value.status, ms, retryAfter: value.headers.get("retry-after") });
      }
      const exit = await cli.exit;
      const refused = writes.filter((write) => write.status === 503);
      const summary = writes.map((write) => `${write.status}${write.retryAfter ? ` (Retry-After ${write.retryAfter})` : ""} ${write.ms} ms`);
      check(
        "item 7 · server writes while an 80-article CLI import runs",
        exit === 0 && writes.length > 0 && writes.every((write) => write.status === 201 || (write.status === 503 && write.retryAfter !== null)) && refused.every((write) => write.ms < 6_000),
        `CLI exit ${exit}; ${writes.length} writes: ${[...new Set(summary.map((line) => line.replace(/ \d+ ms$/, "")))].join(", ")}; slowest ${Math.max(0, ...writes.map((write) => write.ms))} ms`,
      );

      // A CLI import that starts while a server import holds the lock.
      const created = await fetchAgain(`${BASE}/api/stories`, { method: "POST", headers: auth, body: JSON.stringify({ title: "Server import beside the CLI" }) });
      const { story } = (await created.json()) as { story: { slug: string } };
      const serverImport = fetchAgain(`${BASE}/api/stories/${story.slug}/articles`, { method: "POST", headers: auth, body: JSON.stringify({ articles: bulkArticles(120, "server").map((article, i) => ({ ...article, isReference: i === 0 })) }) }).then((res) => res.status);
      await sleep(1_500);
      const second = runCli(["lib/cli/import.ts", bulkFolder(3, "hostile-cli-second")]);
      const [serverStatus, secondExit] = await Promise.all([serverImport, second.exit]);
      check("item 7 · CLI import during a server import", secondExit === 0 && serverStatus === 201 && !/PrismaClient|at .*node_modules/.test(second.stderr), `server ${serverStatus}; CLI exit ${secondExit}${/database busy, waiting/.test(second.stderr) ? ', said "database busy, waiting" and retried' : " (never had to wait)"}${secondExit === 0 ? "" : `: ${second.stderr.trim().split("\n").slice(-3).join(" / ")}`}`);
    }

    // Every item run: the memory target holds at the end too, not only after the bulk import.
    const atEnd = serverRssMb(server.pid!);
    const settled = await settleRss(server.pid!);
    check(`target · server RSS at the end (< ${RSS_TARGET_MB} MB within ${RSS_SETTLE_MS / 1000} s)`, settled.rss < RSS_TARGET_MB, `${atEnd} MB after the last item, ${settled.rss} MB ${settled.seconds} s later`);
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  }
  rmSync(scratch, { recursive: true, force: true });
  const failed = results.filter((result) => !result.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
