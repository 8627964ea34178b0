import { readFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createUser } from "@/lib/auth/create-user";
import { createSession } from "@/lib/auth/sessions";
import { importArticles } from "@/lib/pipeline/import-articles";
import { DEFAULT_SEEDS_DIR } from "@/lib/pipeline/seed-stories";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";

vi.mock("server-only", () => ({}));

// The NDJSON import answer as a client meets it: the route handler behind a real HTTP server (as
// Next serves it: the web stream piped to the socket), read line by line by a real HTTP client.
// Only what reaches the socket counts: a line enqueued while the event loop never turns arrives
// with the final one, however early it was written.
const SEED = path.join(DEFAULT_SEEDS_DIR, "abraham-accords-expansion");
const seedText = (file: string) => readFileSync(path.join(SEED, file), "utf8");
const SLUG = "progress-story";
const outlet = { name: "Example News", domain: "example.com", kind: "newspaper" } as const;

let testDb: TestDb;
let server: Server;
let base = "";
let token = "";
let storyId = "";
let disconnectAppDb = async () => {};

const readAll = async (req: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
};

beforeAll(async () => {
  testDb = createTestDb();
  // The route uses the process-wide client (lib/db.ts), made from DATABASE_URL when first imported:
  // imported afresh once DATABASE_URL names the test's database.
  vi.stubEnv("DATABASE_URL", testDb.url);
  delete (globalThis as { claimtrailDb?: unknown }).claimtrailDb;
  vi.resetModules();
  const { POST } = await import("./route");
  const { GET: getJob } = await import("../../../jobs/[id]/route");
  const { db: appDb } = await import("@/lib/db");
  disconnectAppDb = () => appDb.$disconnect();
  const created = await createUser(testDb.db, { email: "editor@example.org", role: "editor", password: "a long enough password" }, { actorId: null, cost: { N: 1024, r: 8, p: 1 } });
  if (!created.ok) throw new Error(created.reason);
  token = (await createSession(testDb.db, created.user.id)).token;
  const story = await importArticles(testDb.db, { newStory: { title: "Progress story", slug: SLUG }, articles: [{ text: seedText("001_4d75c897f5d879f7.txt"), outlet, title: "Reference", isReference: true }] });
  storyId = story.storyId;
  server = createServer((req, res) => {
    void (async () => {
      const request = new Request(`http://127.0.0.1${req.url}`, { method: req.method, headers: req.headers as Record<string, string>, body: req.method === "GET" ? undefined : await readAll(req) });
      const jobId = /^\/api\/jobs\/([^/?]+)$/.exec(req.url ?? "")?.[1];
      const response = jobId ? await getJob(request, { params: Promise.resolve({ id: jobId }) }) : await POST(request, { params: Promise.resolve({ slug: SLUG }) });
      res.writeHead(response.status, Object.fromEntries(response.headers));
      Readable.fromWeb(response.body as NodeReadableStream<Uint8Array>).pipe(res);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 60_000);
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await disconnectAppDb();
  vi.unstubAllEnvs();
  await testDb.dispose();
});

describe("POST /api/stories/[slug]/articles with Accept: application/x-ndjson", () => {
  it("streams the write phase as it happens: progress of saving and of storing the analysis reaches the client while the transaction is still open", async () => {
    // Twenty derivatives (~75,000 characters with the reference): analysed on the request thread,
    // the case where nothing else gives the event loop a turn during the whole transaction.
    const texts = ["000_6fbb3d5136221882.txt", "002_383cd2eb02f0c364.txt", "004_cd2b3fb8890cfec0.txt"].map(seedText);
    const articles = Array.from({ length: 20 }, (_, i) => ({ text: `${texts[i % texts.length]}\n\nUpdate ${i}: officials said talks would resume on day ${i}.`, outlet, title: `Copy ${i}` }));
    const before = await testDb.db.article.count({ where: { storyId } });

    const res = await fetch(`${base}/api/stories/${SLUG}/articles`, { method: "POST", headers: { authorization: `Bearer ${token}`, "content-type": "application/json", accept: "application/x-ndjson" }, body: JSON.stringify({ articles }) });
    expect(res.status).toBe(200);
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    /** Committed articles of the story when the first line of each phase arrived. */
    const committedAtFirst = new Map<string, number>();
    const phasesByRead: string[][] = [];
    let buffered = "";
    let last: { type: string; status?: number } | null = null;
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      buffered += decoder.decode(chunk.value, { stream: true });
      const lines = buffered.split("\n");
      buffered = lines.pop()!;
      const phases: string[] = [];
      for (const line of lines.filter(Boolean)) {
        last = JSON.parse(line) as { type: string; phase?: string; status?: number };
        const phase = (last as { phase?: string }).phase;
        if (last.type !== "progress" || !phase) continue;
        phases.push(phase);
        // Read on another connection: the import's transaction is still open while this is `before`.
        if (!committedAtFirst.has(phase)) committedAtFirst.set(phase, await testDb.db.article.count({ where: { storyId } }));
      }
      phasesByRead.push(phases);
    }

    expect(last).toMatchObject({ type: "done", status: 201 });
    expect(await testDb.db.article.count({ where: { storyId } })).toBe(before + 20);
    expect(committedAtFirst.get("save"), "the first 'save' line arrived only after the commit").toBe(before);
    expect(committedAtFirst.get("store"), "the first 'store' line arrived only after the commit").toBe(before);
    // The write phase's lines are spread over several reads, not one burst with the final line.
    expect(phasesByRead.filter((phases) => phases.includes("save")).length).toBeGreaterThan(1);
    expect(phasesByRead.at(-1)!.filter((phase) => phase === "save")).not.toHaveLength(20);
  }, 120_000);
});

describe("POST /api/stories/[slug]/articles with Prefer: respond-async", () => {
  it("queues the import as a job: 202 with its address, which reports its progress and then the stored articles", async () => {
    const texts = ["000_6fbb3d5136221882.txt", "002_383cd2eb02f0c364.txt"].map(seedText);
    const articles = texts.map((text, i) => ({ text: `${text}\n\nQueued update ${i}.`, outlet, title: `Queued ${i}`, url: `https://example.com/queued-${i}` }));
    const before = await testDb.db.article.count({ where: { storyId } });
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json", prefer: "respond-async" };

    // Bad input is refused before anything is queued.
    const refused = await fetch(`${base}/api/stories/${SLUG}/articles`, { method: "POST", headers, body: JSON.stringify({ articles: [{ ...articles[0], url: "not a url" }] }) });
    expect(refused.status).toBe(422);
    expect(await refused.json()).toMatchObject({ error: "nothing was queued", problems: [{ field: "url" }] });
    expect(await testDb.db.job.count({ where: { kind: "story.import" } })).toBe(0);

    const res = await fetch(`${base}/api/stories/${SLUG}/articles`, { method: "POST", headers, body: JSON.stringify({ articles }) });
    expect(res.status).toBe(202);
    expect(res.headers.get("preference-applied")).toBe("respond-async");
    const { job } = (await res.json()) as { job: { id: string; url: string } };
    const queuedAt = Date.now();
    expect(res.headers.get("location")).toBe(job.url);

    // This process runs its jobs itself (SQLite, in-process runner): poll until it is done. Its
    // progress and heartbeat writes wait for its own transaction without stopping the event loop
    // (an import of two articles once took 60 s: job-queue.ts, writeBeside).
    let view: { state: string; phase: string | null; result: { outcomes: { added: number }; articles: { url: string }[] } | null } = { state: "queued", phase: null, result: null };
    for (const started = Date.now(); view.state !== "succeeded" && view.state !== "failed" && Date.now() - started < 60_000; ) {
      const poll = await fetch(`${base}${job.url}`, { headers: { authorization: `Bearer ${token}` } });
      expect(poll.status).toBe(200);
      view = ((await poll.json()) as { job: typeof view }).job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(view.state).toBe("succeeded");
    expect(Date.now() - queuedAt, "the job finished within seconds").toBeLessThan(15_000);
    expect(view.result?.outcomes.added).toBe(2);
    expect(view.result?.articles.map((article) => article.url)).toHaveLength(2);
    expect(await testDb.db.article.count({ where: { storyId } })).toBe(before + 2);
    // The job's answer never carries the articles' texts back.
    expect(JSON.stringify(view)).not.toContain("Queued update");

    const missing = await fetch(`${base}/api/jobs/no-such-job`, { headers: { authorization: `Bearer ${token}` } });
    expect(missing.status).toBe(404);
    const anonymous = await fetch(`${base}${job.url}`);
    expect(anonymous.status).toBe(401);
  }, 120_000);
  it("stores an article whose JSON title carries half a surrogate pair (a truncated emoji) with U+FFFD in its place", async () => {
    // Sent as the JSON escape a client writes for it (JSON.stringify does). Prisma refuses half a
    // pair in any value: before the body was read with readJsonBody this import answered 500.
    const title = "Readers love it \ud83d";
    expect(title.isWellFormed()).toBe(false);
    const res = await fetch(`${base}/api/stories/${SLUG}/articles`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/json" },
      body: JSON.stringify({ articles: [{ text: `${seedText("004_cd2b3fb8890cfec0.txt")}\n\nA reader wrote.`, outlet, title, url: "https://example.com/half-emoji" }] }),
    });
    expect(res.status, await res.clone().text()).toBe(201);
    const stored = await testDb.db.article.findFirstOrThrow({ where: { storyId, url: "https://example.com/half-emoji" }, select: { title: true, analyzedAt: true } });
    expect(stored.title).toBe("Readers love it \ufffd");
    expect(stored.analyzedAt).not.toBeNull();
  }, 60_000);
});
