import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from "node:http";
import { claimsSearchSchema } from "@/lib/validation/claims-search";
import { storyPageParamsSchema } from "@/lib/validation/story-page";
import { sendError } from "./send-error";

/**
 * A server-side cache of whole rendered pages for anonymous readers, in front of Next's request
 * handler. Reading pages only ever changes when the database does, so an entry is keyed by the URL
 * and stamped with the database's data version; any commit (an analysis, a verdict, an import, from
 * this process or another) changes the version and empties the cache, so a reader never sees a
 * page older than the data. A viral story is read by many people at once: the matrix of 50 outlets
 * is rendered once per change instead of once per reader.
 */
export interface PageCacheOptions {
  /** The database's current data version (SQLite `PRAGMA data_version` on a connection that never writes). */
  readVersion: () => number;
  /** Upper bound on the bytes held: a story page of 50 outlets is ~1 MB, so 64 MB keeps dozens of pages and sorts. */
  maxBytes?: number;
  /**
   * Cache misses rendered at once. A render is CPU on the one event loop: past two (one per core
   * of a 2-core server), more renders in parallel only slow every hit down behind them.
   */
  maxRendering?: number;
  /** Misses waiting for a render slot; beyond them the answer is 503 with Retry-After. */
  maxWaiting?: number;
}

export interface PageCache {
  /** Serves `req` from the cache, or lets `render` answer it and keeps a copy when it may be reused. */
  handle(req: IncomingMessage, res: ServerResponse, render: () => Promise<void>): Promise<void>;
  /** Entries and bytes held (for tests and the benchmark). */
  stats(): { entries: number; bytes: number; hits: number; misses: number; coalesced: number; refused: number };
}

interface Entry {
  version: number;
  status: number;
  headers: OutgoingHttpHeaders;
  body: Buffer;
}

/** Paths whose pages are pure reads of the database (no per-person content for anonymous readers). */
const CACHEABLE_PATH = /^\/(?:$|stories\/[^/]+(?:\/report)?$|claims(?:\/[^/]+)?$|articles\/[^/]+$)/;
/** The sign-in session cookie: a signed-in person may see edit controls, so never share their pages. */
export const SESSION_COOKIE = "claimtrail_session";
// Next answers client-side navigations at the same URL with an RSC payload instead of HTML, and
// says so in its Vary header: the key holds every header it varies on, so each variant is cached
// apart (a reader clicking through the app is served from the cache too).
const VARY_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
export const CACHE_HEADER = "x-claimtrail-cache";

/**
 * The query parameters each cacheable page reads (the zod schemas that parse them are the one
 * definition); any other parameter cannot change the page and is dropped before the key is made
 * and before Next renders, so `?x=1`, `?x=2`, … are one page, not a fresh render each. `_rsc` is
 * Next's cache-busting parameter for client navigations (it follows the headers in the key).
 */
const PARAMS_READ: { pattern: RegExp; names: readonly string[] }[] = [
  { pattern: /^\/stories\/[^/]+$/, names: Object.keys(storyPageParamsSchema.shape) },
  { pattern: /^\/claims$/, names: Object.keys(claimsSearchSchema.shape) },
];
const NEXT_PARAMS = ["_rsc"];

/** The URL with only the parameters its page reads, in a stable order. */
export function normalizePageUrl(url: string): string {
  const query = url.indexOf("?");
  if (query === -1) return url;
  const path = url.slice(0, query);
  const names = [...(PARAMS_READ.find(({ pattern }) => pattern.test(path))?.names ?? []), ...NEXT_PARAMS];
  const params = new URLSearchParams(url.slice(query + 1));
  const kept = new URLSearchParams();
  for (const name of [...new Set(names)].sort()) for (const value of params.getAll(name)) kept.append(name, value);
  const search = kept.toString();
  return search ? `${path}?${search}` : path;
}

/** Whether a request may be answered from, and stored in, the shared cache. */
export function isCacheableRequest(req: IncomingMessage): boolean {
  // Server actions are POSTs; a GET carrying an action id is not a read either.
  if (req.method !== "GET" || req.headers["next-action"] !== undefined) return false;
  const url = req.url ?? "";
  const query = url.indexOf("?");
  if (!CACHEABLE_PATH.test(query === -1 ? url : url.slice(0, query))) return false;
  return !(req.headers.cookie ?? "").includes(`${SESSION_COOKIE}=`);
}

// The encodings Next's compression may pick: the key holds which of them the client accepts (a
// q=0 turns one down), so a deflate body is never replayed to a client that asked for gzip or none.
const ENCODINGS = ["br", "gzip", "deflate"].map((name) => ({ name, pattern: new RegExp(`\\b${name}\\b(?!\\s*;\\s*q=0(?:\\.0*)?\\b)`) }));

/** The cache key: the URL, the headers Next varies on, and the compressions the client accepts. */
function keyOf(req: IncomingMessage): string {
  const accepted = String(req.headers["accept-encoding"] ?? "").toLowerCase();
  const encodings = ENCODINGS.filter(({ pattern }) => pattern.test(accepted)).map(({ name }) => name);
  const vary = VARY_HEADERS.map((name) => String(req.headers[name] ?? ""));
  return [encodings.join("+") || "identity", ...vary, req.url ?? ""].join("\n");
}

/** Seconds a refused reader is asked to wait: a render of the largest page takes about one. */
const RETRY_AFTER_SECONDS = 1;

export function createPageCache({ readVersion, maxBytes = 64 * 1024 * 1024, maxRendering = 2, maxWaiting = 16 }: PageCacheOptions): PageCache {
  // A Map iterates in insertion order: re-inserting on a hit makes it a least-recently-used list.
  const entries = new Map<string, Entry>();
  let bytes = 0;
  let hits = 0;
  let misses = 0;
  let coalesced = 0;
  let refused = 0;
  let cachedVersion = readVersion();
  // Renders in progress by key: a second reader of the same page waits for the first's copy.
  const rendering = new Map<string, Promise<void>>();
  let rendersRunning = 0;
  const slotWaiters: (() => void)[] = [];
  /** A render slot, or false when the wait list is full too. */
  const takeSlot = async (): Promise<boolean> => {
    if (rendersRunning < maxRendering) {
      rendersRunning += 1;
      return true;
    }
    if (slotWaiters.length >= maxWaiting) return false;
    await new Promise<void>((resolve) => slotWaiters.push(resolve));
    rendersRunning += 1;
    return true;
  };
  const giveSlot = () => {
    rendersRunning -= 1;
    slotWaiters.shift()?.();
  };

  const evict = (key: string) => {
    const entry = entries.get(key);
    if (!entry) return;
    bytes -= entry.body.length;
    entries.delete(key);
  };
  const store = (key: string, entry: Entry) => {
    // A single page larger than a quarter of the budget would evict too much to be worth keeping.
    if (entry.body.length > maxBytes / 4) return;
    evict(key);
    entries.set(key, entry);
    bytes += entry.body.length;
    for (const oldest of entries.keys()) {
      if (bytes <= maxBytes) break;
      evict(oldest);
    }
  };

  async function handle(req: IncomingMessage, res: ServerResponse, render: () => Promise<void>): Promise<void> {
    if (!isCacheableRequest(req)) {
      res.setHeader(CACHE_HEADER, "bypass");
      return render();
    }
    req.url = normalizePageUrl(req.url ?? "/");
    const key = keyOf(req);
    const serveHit = (): boolean => {
      const version = readVersion();
      if (version !== cachedVersion) {
        entries.clear();
        bytes = 0;
        cachedVersion = version;
      }
      const entry = entries.get(key);
      if (!entry) return false;
      hits += 1;
      entries.delete(key);
      entries.set(key, entry);
      res.writeHead(entry.status, { ...entry.headers, [CACHE_HEADER]: "hit", "content-length": entry.body.length });
      res.end(entry.body);
      return true;
    };
    if (serveHit()) return;
    // Someone is rendering this page right now: wait for their copy instead of rendering it again.
    const pending = rendering.get(key);
    if (pending) {
      coalesced += 1;
      await pending;
      if (serveHit()) return;
    }
    if (!(await takeSlot())) {
      refused += 1;
      sendError(req, res, 503, "Many pages are being prepared right now: try again in a moment.", { "retry-after": String(RETRY_AFTER_SECONDS) });
      return;
    }
    let done!: () => void;
    const mine = new Promise<void>((resolve) => (done = resolve));
    if (!rendering.has(key)) rendering.set(key, mine);
    try {
      if (serveHit()) return; // rendered by someone else while this one waited for a slot
      await renderAndStore(req, res, key, render);
    } finally {
      giveSlot();
      if (rendering.get(key) === mine) rendering.delete(key);
      done();
    }
  }

  async function renderAndStore(req: IncomingMessage, res: ServerResponse, key: string, render: () => Promise<void>): Promise<void> {
    const version = readVersion();
    misses += 1;
    res.setHeader(CACHE_HEADER, "miss");
    const chunks = captureBody(res);
    await render();
    await finished(res);
    const headers = res.getHeaders();
    // Only complete, successful, cookie-free pages rendered while the data stood still are shared.
    if (res.statusCode !== 200 || headers["set-cookie"] !== undefined || chunks.isBroken || readVersion() !== version) return;
    delete headers["transfer-encoding"];
    delete headers["content-length"];
    delete headers[CACHE_HEADER];
    if (version === cachedVersion) store(key, { version, status: res.statusCode, headers, body: Buffer.concat(chunks.list) });
  }

  return { handle, stats: () => ({ entries: entries.size, bytes, hits, misses, coalesced, refused }) };
}

/** Copies every chunk written to `res` (the response still streams to the client as usual). */
function captureBody(res: ServerResponse): { list: Buffer[]; isBroken: boolean } {
  const capture = { list: [] as Buffer[], isBroken: false };
  const keep = (chunk: unknown, encoding?: unknown) => {
    if (chunk === undefined || chunk === null || typeof chunk === "function") return;
    if (typeof chunk === "string") capture.list.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array) capture.list.push(Buffer.from(chunk));
    else capture.isBroken = true; // an unexpected chunk type: serve it, but do not cache a partial copy
  };
  const write = res.write.bind(res) as (...args: unknown[]) => boolean;
  const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
  const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => ServerResponse;
  res.write = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return write(...args);
  }) as ServerResponse["write"];
  res.end = ((...args: unknown[]) => {
    keep(args[0], args[1]);
    return end(...args);
  }) as ServerResponse["end"];
  // Headers handed to writeHead bypass getHeaders(); set them first so the stored copy has them.
  res.writeHead = ((status: number, ...rest: unknown[]) => {
    const headers = rest.find((arg) => typeof arg === "object" && arg !== null);
    if (Array.isArray(headers)) capture.isBroken = true; // raw header pairs: rare, not worth parsing
    else if (headers) {
      for (const [name, value] of Object.entries(headers)) if (value !== undefined) res.setHeader(name, value as string | number | string[]);
    }
    const message = rest.find((arg) => typeof arg === "string");
    return message === undefined ? writeHead(status) : writeHead(status, message);
  }) as ServerResponse["writeHead"];
  res.on("close", () => {
    if (!res.writableFinished) capture.isBroken = true;
  });
  return capture;
}

/** Resolves once the response has been fully handed to the socket (or the client went away). */
function finished(res: ServerResponse): Promise<void> {
  if (res.writableFinished || res.destroyed) return Promise.resolve();
  return new Promise((resolve) => {
    res.once("finish", resolve);
    res.once("close", resolve);
  });
}
