import { execFileSync, spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { request } from "node:http";
import path from "node:path";
import { getEnv } from "@/lib/config/env";

// `npm run test:hostile`: the findings of issue 11 replayed against a real server (npm start's
// server on its own port and database, loopback only, every loop bounded in count and time).
// Prints one line per check with its figures, then "N passed, N failed".
const ROOT = path.resolve(import.meta.dirname, "../..");
const PORT = getEnv().E2E_PORT + 2; // beside the e2e servers (E2E_PORT and E2E_PORT + 1)
const BASE = `http://127.0.0.1:${PORT}`;
const DB = `file:./prisma/e2e-hostile-${PORT}.db`;
const EDITOR = { email: "hostile-editor@example.org", password: "hostile editor passphrase" };
const SEED = path.join(ROOT, "seeds/abraham-accords-expansion");

const results: { name: string; ok: boolean; detail: string }[] = [];
function check(name: string, ok: boolean, detail: string) {
  results.push({ name, ok, detail });
  console.log(`${ok ? "ok  " : "FAIL"} ${name}: ${detail}`);
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

async function main(): Promise<number> {
  execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/prepare-db.ts"], { cwd: ROOT, env: { ...process.env, DATABASE_URL: DB }, stdio: "ignore" });
  const server = spawn(path.join(ROOT, "node_modules/.bin/tsx"), ["e2e/start-server.ts"], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(PORT), DATABASE_URL: DB, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
  try {
    for (let i = 0; i < 240; i++) {
      if (await fetch(`${BASE}/`).then((r) => r.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
    execFileSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/create-user.ts", "--email", EDITOR.email, "--role", "editor"], { cwd: ROOT, input: `${EDITOR.password}\n`, env: { ...process.env, DATABASE_URL: DB }, stdio: ["pipe", "ignore", "inherit"] });
    const session = (await (await fetch(`${BASE}/api/session`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(EDITOR) })).json()) as { token: string };
    const auth = { authorization: `Bearer ${session.token}`, "content-type": "application/json" };
    const importHtml = (html: string) => fetch(`${BASE}/api/stories/abraham-accords-expansion/articles`, { method: "POST", headers: auth, body: JSON.stringify({ articles: [{ html, outlet: "Reuters" }] }) });
    console.log(`server up on ${BASE}, RSS ${serverRssMb(server.pid!)} MB`);

    // Item 1: nested HTML.
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

    // Item 4: huge bodies, chunked.
    for (const [name, route, headers, megabytes] of [
      ["anonymous chunked POST /api/session", "/api/session", {}, 400],
      ["chunked import body", "/api/stories/abraham-accords-expansion/articles", auth, 200],
      ["chunked POST /api/stories", "/api/stories", auth, 200],
    ] as const) {
      const { value, ms } = await timed(() => postChunked(route, megabytes * 1e6, headers));
      const rss = serverRssMb(server.pid!);
      check(`item 4 · ${megabytes} MB ${name}`, value.status === 413 && ms < 2_000 && rss < 600, `${value.status} after ${value.sentMb} MB sent, ${ms} ms, server RSS ${rss} MB`);
    }

    // Item 5: cache bypass with ?x=N; cached GET / latency meanwhile.
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

    // Item 8: cross-site server action.
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

    // Item 14: weak passwords.
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

    // Item 2 and 16: a 201-article import while readers load the cached home page.
    {
      const seedTexts = readdirSync(SEED).filter((name) => name.endsWith(".txt")).map((name) => readFileSync(path.join(SEED, name), "utf8"));
      const articles = Array.from({ length: 201 }, (_, i) => ({ text: `${seedTexts[i % seedTexts.length]}\n\nUpdate ${i}: officials said talks would resume on day ${i}.`, outlet: "Reuters", title: `Copy ${i}` }));
      const created = await fetchAgain(`${BASE}/api/stories`, { method: "POST", headers: auth, body: JSON.stringify({ title: "Hostile bulk import" }) });
      const { story } = (await created.json()) as { story: { slug: string } };
      await fetchAgain(`${BASE}/`);
      const latencies: number[] = [];
      let isImporting = true;
      let readErrors = 0;
      const readers = (async () => {
        while (isImporting) {
          const started = performance.now();
          const ok = await fetch(`${BASE}/`).then((res) => res.arrayBuffer().then(() => res.ok), () => false);
          if (ok) latencies.push(performance.now() - started);
          else readErrors += 1;
        }
      })();
      const progressAt: number[] = [];
      const { value: status, ms } = await timed(async () => {
        const res = await fetchAgain(`${BASE}/api/stories/${story.slug}/articles`, { method: "POST", headers: { ...auth, accept: "application/x-ndjson" }, body: JSON.stringify({ articles: articles.map((article, i) => ({ ...article, isReference: i === 0 })) }) });
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
      const spreadMs = progressAt.length > 1 ? Math.round(progressAt.at(-1)! - progressAt[0]!) : 0;
      check("item 2 · cached GET / while a 201-article import runs", status === 201 && percentile(latencies, 99) < 100, `import ${status} in ${ms} ms; ${latencies.length} reads, p50 ${Math.round(percentile(latencies, 50))} ms, p99 ${Math.round(percentile(latencies, 99))} ms, max ${Math.round(Math.max(...latencies))} ms, ${readErrors} failed reads`);
      check("item 16 · NDJSON progress streamed as it happens", progressAt.length > 10 && spreadMs > ms / 4, `${progressAt.length} progress lines over ${spreadMs} ms of a ${ms} ms import`);
    }
    console.log(`server RSS at the end ${serverRssMb(server.pid!)} MB`);
  } finally {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // already gone
    }
  }
  const failed = results.filter((result) => !result.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
