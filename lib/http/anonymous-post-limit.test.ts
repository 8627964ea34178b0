import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/sessions";
import { createAnonymousPostLimit, MAX_ANONYMOUS_POSTS_IN_FLIGHT } from "./anonymous-post-limit";

// A real HTTP server whose admitted requests stay open until `finishAll`, so they are in flight together.
let server: Server;
afterEach(() => new Promise((resolve) => server.close(resolve)));

function start() {
  const limit = createAnonymousPostLimit();
  const open: (() => void)[] = [];
  server = createServer((req, res) => {
    if (!limit.admit(req, res, req.socket.remoteAddress ?? "")) {
      res.writeHead(429).end();
      return;
    }
    req.resume();
    open.push(() => res.writeHead(200).end());
  });
  return new Promise<{ limit: typeof limit; port: number; finishAll: () => void; open: typeof open }>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ limit, port: (server.address() as AddressInfo).port, finishAll: () => open.splice(0).forEach((finish) => finish()), open })),
  );
}

const post = (port: number, headers: Record<string, string> = {}, method = "POST") =>
  new Promise<number>((resolve) => {
    const req = request({ host: "127.0.0.1", port, method, path: "/setup", headers, agent: false }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.end(method === "POST" ? "x" : undefined);
  });

describe("createAnonymousPostLimit", () => {
  it("refuses an address's anonymous POSTs past the cap while the first ones run, and admits again once they finish", async () => {
    const { limit, port, finishAll, open } = await start();
    const first = Array.from({ length: MAX_ANONYMOUS_POSTS_IN_FLIGHT }, () => post(port));
    while (open.length < MAX_ANONYMOUS_POSTS_IN_FLIGHT) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await post(port)).toBe(429);
    // A signed-in request and a GET are not counted.
    const signedIn = post(port, { cookie: `${SESSION_COOKIE}=token` });
    const read = post(port, {}, "GET");
    while (open.length < MAX_ANONYMOUS_POSTS_IN_FLIGHT + 2) await new Promise((resolve) => setTimeout(resolve, 5));
    finishAll();
    expect(await Promise.all([...first, signedIn, read])).toEqual(Array(MAX_ANONYMOUS_POSTS_IN_FLIGHT + 2).fill(200));
    expect(limit.size()).toBe(0);
    const again = post(port);
    while (open.length < 1) await new Promise((resolve) => setTimeout(resolve, 5));
    finishAll();
    expect(await again).toBe(200);
  });
});
