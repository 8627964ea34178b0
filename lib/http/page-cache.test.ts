import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { CACHE_HEADER, createPageCache, normalizePageUrl, SESSION_COOKIE, type PageCache } from "./page-cache";

// A real HTTP server and a real SQLite file: one connection writes (as Prisma does), the cache's
// own connection only reads data_version. The "renderer" answers with the current row count, so a
// stale page is visible in the body.
let dir: string;
let writer: Database.Database;
let reader: Database.Database;
let server: Server;
let cache: PageCache;
let base: string;
let renders: number;
let respond: (req: IncomingMessage, res: ServerResponse) => void;

function renderCount(_req: IncomingMessage, res: ServerResponse) {
  const { n } = writer.prepare("SELECT count(*) AS n FROM item").get() as { n: number };
  res.setHeader("content-type", "text/html; charset=utf-8");
  res.write(`<p>items: `);
  res.end(`${n}</p>`);
}

async function start(maxBytes?: number, limits: { maxRendering?: number; maxWaiting?: number } = {}) {
  const version = reader.prepare("PRAGMA data_version").pluck();
  cache = createPageCache({ readVersion: () => Number(version.get()), maxBytes, ...limits });
  server = createServer((req, res) => {
    void cache.handle(req, res, async () => {
      renders += 1;
      respond(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function get(url: string, headers: Record<string, string> = {}) {
  const res = await fetch(base + url, { headers });
  return { status: res.status, body: await res.text(), cache: res.headers.get(CACHE_HEADER), type: res.headers.get("content-type") };
}

beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "page-cache-"));
  const file = path.join(dir, "test.db");
  writer = new Database(file);
  writer.exec("CREATE TABLE item (id INTEGER PRIMARY KEY)");
  reader = new Database(file, { readonly: true });
  renders = 0;
  respond = renderCount;
  await start();
});

afterEach(async () => {
  await new Promise((resolve) => server.close(resolve));
  writer.close();
  reader.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("page cache", () => {
  it("serves the second read of a page from the cache, byte for byte with its headers", async () => {
    const first = await get("/stories/a");
    const second = await get("/stories/a");
    expect(first).toMatchObject({ status: 200, body: "<p>items: 0</p>", cache: "miss" });
    expect(second).toMatchObject({ status: 200, body: first.body, cache: "hit", type: "text/html; charset=utf-8" });
    expect(renders).toBe(1);
  });

  it("renders again after any commit to the database, so no reader sees a stale page", async () => {
    await get("/claims?q=x");
    writer.prepare("INSERT INTO item DEFAULT VALUES").run();
    const after = await get("/claims?q=x");
    expect(after).toMatchObject({ body: "<p>items: 1</p>", cache: "miss" });
    expect((await get("/claims?q=x")).cache).toBe("hit");
    expect(renders).toBe(2);
  });

  it("does not keep a page when the data changed while it was rendering", async () => {
    respond = (req, res) => {
      renderCount(req, res);
      writer.prepare("INSERT INTO item DEFAULT VALUES").run();
    };
    await get("/");
    expect((await get("/")).cache).toBe("miss");
  });

  it.each([
    ["a signed-in reader (edit controls are personal)", "/stories/a", { cookie: `theme=dark; ${SESSION_COOKIE}=abc` }],
    ["a server action", "/stories/a", { "next-action": "123" }],
    ["a route outside the reading pages", "/api/stories/a/export?format=csv", {}],
    ["the sign-in page", "/sign-in", {}],
  ])("bypasses %s", async (_why, url, headers) => {
    await get(url, headers);
    const again = await get(url, headers);
    expect(again.cache).toBe("bypass");
    expect(renders).toBe(2);
  });

  it("keeps each variant Next varies on apart (HTML document vs RSC navigation payload)", async () => {
    respond = (req, res) => res.end(req.headers.rsc ? "rsc payload" : "<html>");
    await get("/articles/1");
    expect((await get("/articles/1", { rsc: "1" })).body).toBe("rsc payload");
    expect((await get("/articles/1")).body).toBe("<html>");
    expect((await get("/articles/1", { rsc: "1" })).cache).toBe("hit");
  });

  it("keeps a compressed body apart from the plain one, per encoding the client accepts", async () => {
    respond = (req, res) => res.end(`encoded for: ${req.headers["accept-encoding"] ?? "none"}`);
    await get("/claims", { "accept-encoding": "deflate" });
    expect((await get("/claims", { "accept-encoding": "identity" })).body).toBe("encoded for: identity");
    expect((await get("/claims", { "accept-encoding": "gzip;q=0, deflate" })).body).toBe("encoded for: deflate");
    expect((await get("/claims", { "accept-encoding": "gzip, deflate" })).cache).toBe("miss");
  });

  it.each([
    ["an error page", (_req: IncomingMessage, res: ServerResponse) => ((res.statusCode = 404), res.end("not found"))],
    ["a response that sets a cookie", (_req: IncomingMessage, res: ServerResponse) => (res.setHeader("set-cookie", "a=1"), res.end("x"))],
  ])("does not keep %s", async (_why, handler) => {
    respond = handler;
    await get("/claims");
    expect((await get("/claims")).cache).toBe("miss");
  });

  it("evicts the least recently used pages beyond its byte budget", async () => {
    await new Promise((resolve) => server.close(resolve));
    await start(64); // room for three 15-byte pages (one page may take at most a quarter)
    for (const id of ["1", "2", "3", "4", "5"]) await get(`/articles/${id}`);
    expect(cache.stats().bytes).toBeLessThanOrEqual(64);
    expect((await get("/articles/5")).cache).toBe("hit");
    expect((await get("/articles/1")).cache).toBe("miss");
  });
});

describe("cache bypass, coalescing and load shedding", () => {
  /** A render that takes `ms` (a big page) and echoes the URL Next would see. */
  const slowRender = (ms: number) => (req: IncomingMessage, res: ServerResponse) => {
    setTimeout(() => {
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(`<p>${req.url}</p>`);
    }, ms);
  };

  it.each([
    ["/?x=1", "/"],
    ["/stories/s?x=1&sort=changes&expand=a&expand=b", "/stories/s?expand=a&expand=b&sort=changes"],
    ["/claims?zz=1&q=vote&page=2", "/claims?page=2&q=vote"],
    ["/articles/a1?utm_source=x", "/articles/a1"],
    ["/stories/s/report?print=1", "/stories/s/report"],
    ["/claims?_rsc=abc&q=x", "/claims?_rsc=abc&q=x"],
  ])("keys %s on the parameters its page reads: %s", (url, normalized) => {
    expect(normalizePageUrl(url)).toBe(normalized);
  });

  it("renders a page once whatever junk parameters readers add", async () => {
    for (let i = 0; i < 20; i++) expect((await get(`/?x=${i}`)).status).toBe(200);
    expect(renders).toBe(1);
    // Next sees the URL without the junk, so every copy is the same page.
    expect((await get("/?x=99")).body).toBe("<p>items: 0</p>");
  });

  it("renders one copy of a page when many readers miss it at once", async () => {
    respond = slowRender(200);
    const answers = await Promise.all(Array.from({ length: 10 }, () => get("/stories/big")));
    expect(answers.map((answer) => answer.status)).toEqual(Array(10).fill(200));
    expect(renders).toBe(1);
    expect(cache.stats().coalesced).toBe(9);
  });

  it("bounds renders in flight and answers the rest 503 with Retry-After", async () => {
    await new Promise((resolve) => server.close(resolve));
    await start(undefined, { maxRendering: 2, maxWaiting: 3 });
    respond = slowRender(300);
    const answers = await Promise.all(
      Array.from({ length: 8 }, async (_, i) => {
        const res = await fetch(`${base}/claims?q=word${i}`);
        return { status: res.status, retryAfter: res.headers.get("retry-after"), body: await res.text() };
      }),
    );
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5);
    const refused = answers.filter((answer) => answer.status === 503);
    expect(refused).toHaveLength(3);
    expect(refused[0]).toMatchObject({ retryAfter: "1" });
    expect(refused[0]?.body).toMatch(/try again in a moment/);
    // A page already cached is still served at once while renders are busy.
    respond = slowRender(300);
    const hit = await get("/claims?q=word0");
    expect(hit.cache).toBe("hit");
  });
});
