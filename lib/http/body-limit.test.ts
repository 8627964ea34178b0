import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bodyCapFor, limitRequestBody, MAX_DEFAULT_BODY_BYTES, MAX_IMPORT_BODY_BYTES, MAX_SESSION_BODY_BYTES } from "./body-limit";

// A real HTTP server whose handler reads the whole body (as Next's does) behind the limit.
let server: Server;
let port: number;
let largestBodyRead = 0;
const CAP = 16 * 1024;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (!limitRequestBody(req, res, CAP)) return;
    let bytes = 0;
    req.on("data", (chunk: Buffer) => {
      bytes += chunk.length;
      largestBodyRead = Math.max(largestBodyRead, bytes);
    });
    req.on("end", () => {
      if (!res.headersSent) res.end(JSON.stringify({ bytes }));
    });
    req.on("error", () => undefined);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Posts `total` bytes in 64 KB pieces (chunked unless `declare`), stops writing once answered. */
function post(total: number, declare: boolean): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: "127.0.0.1", port, path: "/api/session", method: "POST", headers: declare ? { "content-length": total } : {} }, (res) => {
      let body = "";
      res.on("data", (chunk: Buffer) => (body += chunk.toString()));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, body }));
    });
    let answered = false;
    req.on("response", () => (answered = true));
    req.on("error", (error) => (answered ? undefined : reject(error)));
    let sent = 0;
    const piece = Buffer.alloc(64 * 1024, 120);
    const writeMore = () => {
      while (!answered && sent < total) {
        const chunk = piece.subarray(0, Math.min(piece.length, total - sent));
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once("drain", writeMore);
      }
      if (!answered) req.end();
    };
    writeMore();
  });
}

describe("limitRequestBody", () => {
  it("lets a body under the cap through whole", async () => {
    expect(await post(CAP - 1, false)).toEqual({ status: 200, body: JSON.stringify({ bytes: CAP - 1 }) });
  });

  it("refuses a declared Content-Length over the cap before reading it", async () => {
    largestBodyRead = 0;
    const { status, body } = await post(50 * 1024 * 1024, true);
    expect(status).toBe(413);
    expect(JSON.parse(body).error).toMatch(/larger than 16 KB/);
    expect(largestBodyRead).toBe(0);
  });

  it("stops a chunked body at the cap: the handler never sees more", async () => {
    largestBodyRead = 0;
    const { status, body } = await post(50 * 1024 * 1024, false);
    expect(status).toBe(413);
    expect(JSON.parse(body).error).toMatch(/larger than 16 KB/);
    expect(largestBodyRead).toBeLessThanOrEqual(CAP);
  });
});

describe("bodyCapFor", () => {
  it.each([
    ["/api/session", MAX_SESSION_BODY_BYTES],
    ["/api/stories", MAX_IMPORT_BODY_BYTES],
    ["/api/stories/some-story/articles?x=1", MAX_IMPORT_BODY_BYTES],
    ["/stories/some-story/articles/new", 8 * 1024 * 1024],
    ["/sign-in", MAX_DEFAULT_BODY_BYTES],
    ["/claims/abc", MAX_DEFAULT_BODY_BYTES],
  ])("%s → %i bytes", (url, bytes) => {
    expect(bodyCapFor(url)).toBe(bytes);
  });
});
