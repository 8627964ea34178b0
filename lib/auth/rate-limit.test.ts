import { describe, expect, it } from "vitest";
import { createSignInLimiter, signInKey } from "./rate-limit";

describe("sign-in rate limiting", () => {
  const options = { freeFailures: 3, baseDelayMs: 1_000, maxDelayMs: 8_000, forgetAfterMs: 60_000 };

  it("lets the free failures through, then locks with a doubling delay up to the cap", () => {
    const limiter = createSignInLimiter(options);
    const key = signInKey("Ed@Example.org", "10.0.0.1");
    let now = 0;
    for (let i = 0; i < 3; i++) expect(limiter.recordFailure(key, now)).toEqual({ isAllowed: true });
    // 4th failure: 1 s, then 2 s, 4 s, 8 s, 8 s (capped).
    for (const delay of [1_000, 2_000, 4_000, 8_000, 8_000]) {
      expect(limiter.recordFailure(key, now)).toEqual({ isAllowed: false, retryAfterMs: delay });
      expect(limiter.check(key, now + delay - 1)).toEqual({ isAllowed: false, retryAfterMs: 1 });
      now += delay;
      expect(limiter.check(key, now)).toEqual({ isAllowed: true });
    }
  });

  it("keys on email (any case) and IP separately", () => {
    const limiter = createSignInLimiter({ ...options, freeFailures: 0 });
    limiter.recordFailure(signInKey("ed@example.org", "10.0.0.1"), 0);
    expect(limiter.check(signInKey("ED@example.org", "10.0.0.1"), 0).isAllowed).toBe(false);
    expect(limiter.check(signInKey("ed@example.org", "10.0.0.2"), 0).isAllowed).toBe(true);
    expect(limiter.check(signInKey("other@example.org", "10.0.0.1"), 0).isAllowed).toBe(true);
  });

  it("forgets on success and after a quiet period", () => {
    const limiter = createSignInLimiter({ ...options, freeFailures: 0 });
    limiter.recordFailure("a", 0);
    limiter.recordSuccess("a");
    expect(limiter.check("a", 0).isAllowed).toBe(true);
    limiter.recordFailure("b", 0);
    limiter.recordFailure("b", 1_000);
    expect(limiter.check("b", 1_500).isAllowed).toBe(false);
    expect(limiter.recordFailure("b", 62_000)).toEqual({ isAllowed: false, retryAfterMs: 1_000 }); // counted from 1 again
  });

  it("remembers at most maxKeys keys, dropping the oldest unlocked ones", () => {
    const limiter = createSignInLimiter({ ...options, freeFailures: 1, maxKeys: 2 });
    for (const key of ["a", "b", "c"]) limiter.recordFailure(key, 0); // one free failure each: none locked
    limiter.recordFailure("c", 0); // c is locked now
    expect(limiter.recordFailure("a", 0)).toEqual({ isAllowed: true }); // a was evicted: its first failure again
  });

  it("never drops a locked key, however many other keys fail (an attacker cannot flush a target's lock)", () => {
    const limiter = createSignInLimiter({ ...options, freeFailures: 1, maxKeys: 3 });
    const target = signInKey("target@example.org", "*");
    limiter.recordFailure(target, 0);
    expect(limiter.recordFailure(target, 0)).toEqual({ isAllowed: false, retryAfterMs: 1_000 });
    for (let i = 0; i < 1_000; i++) limiter.recordFailure(signInKey(`random${i}@example.org`, "*"), 500);
    expect(limiter.check(target, 500)).toEqual({ isAllowed: false, retryAfterMs: 500 });
    // Once its lock is over, the target is just an old unlocked key and can go.
    for (let i = 0; i < 100; i++) limiter.recordFailure(signInKey(`later${i}@example.org`, "*"), 2_000);
    expect(limiter.recordFailure(target, 2_000)).toEqual({ isAllowed: true });
  });

  it("restarts a lock in full from the moment a slow check answers, never shortening it", () => {
    const limiter = createSignInLimiter({ ...options, freeFailures: 0 });
    expect(limiter.recordFailure("a", 0)).toEqual({ isAllowed: false, retryAfterMs: 1_000 });
    expect(limiter.restartLock("a", 900)).toEqual({ isAllowed: false, retryAfterMs: 1_000 });
    expect(limiter.check("a", 1_899).isAllowed).toBe(false);
    expect(limiter.restartLock("unlocked-key", 0)).toEqual({ isAllowed: true });
    limiter.recordFailure("b", 0);
    limiter.recordFailure("b", 0); // 2 s
    expect(limiter.restartLock("b", 0)).toEqual({ isAllowed: false, retryAfterMs: 2_000 });
  });
});
