import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "@/lib/auth/sessions";
import { ANONYMOUS_POST_BURST, createAnonymousPostLimit } from "./anonymous-post-limit";

const request = (method: string, headers: Record<string, string> = {}) => ({ method, headers }) as unknown as IncomingMessage;

describe("createAnonymousPostLimit", () => {
  it("admits a burst of anonymous POSTs per address, refuses the rest, and admits again as time passes", () => {
    let time = 0;
    const limit = createAnonymousPostLimit({ now: () => time });
    const answers = Array.from({ length: 60 }, () => limit.admit(request("POST"), "10.0.0.1"));
    expect(answers.filter(Boolean)).toHaveLength(ANONYMOUS_POST_BURST);
    // Another address, a signed-in request and a read are not held back by that flood.
    expect(limit.admit(request("POST"), "10.0.0.2")).toBe(true);
    expect(limit.admit(request("POST", { cookie: `${SESSION_COOKIE}=token` }), "10.0.0.1")).toBe(true);
    expect(limit.admit(request("POST", { authorization: "Bearer token" }), "10.0.0.1")).toBe(true);
    expect(limit.admit(request("GET"), "10.0.0.1")).toBe(true);
    expect(limit.admit(request("POST"), "10.0.0.1")).toBe(false);
    time += 1_000; // five tokens later
    expect(Array.from({ length: 10 }, () => limit.admit(request("POST"), "10.0.0.1")).filter(Boolean)).toHaveLength(5);
  });
});
