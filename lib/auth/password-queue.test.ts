import { describe, expect, it } from "vitest";
import { createPasswordQueue, PasswordQueueBusyError } from "./password-queue";

/** A job that finishes when its `finish` is called, recording how many ran at once. */
function gate() {
  let finish!: () => void;
  const done = new Promise<void>((resolve) => (finish = resolve));
  return { finish, job: () => done };
}

describe("createPasswordQueue", () => {
  it("runs `concurrency` jobs at once, queues `maxWaiting` more and refuses the rest at once", async () => {
    const queue = createPasswordQueue({ concurrency: 2, maxWaiting: 2, maxPerAddress: 10 });
    const gates = Array.from({ length: 5 }, gate);
    const runs = gates.map((g, i) => queue.run(`10.0.0.${i}`, g.job).then(() => "ok", (error: unknown) => error));
    expect(queue.stats()).toMatchObject({ running: 2, waiting: 2, refused: 1 });
    expect(await runs[4]).toBeInstanceOf(PasswordQueueBusyError);
    gates.forEach((g) => g.finish());
    expect(await Promise.all(runs.slice(0, 4))).toEqual(["ok", "ok", "ok", "ok"]);
    expect(queue.stats()).toMatchObject({ running: 0, waiting: 0, started: 4 });
  });

  it("gives one address only its share of the places, and frees it when a job ends", async () => {
    const queue = createPasswordQueue({ concurrency: 1, maxWaiting: 10, maxPerAddress: 2 });
    const gates = Array.from({ length: 3 }, gate);
    const runs = gates.map((g) => queue.run("10.9.9.9", g.job).then(() => "ok", (error: unknown) => (error as PasswordQueueBusyError).reason));
    expect(await runs[2]).toBe("address");
    // Another address still gets in line.
    const other = gate();
    const otherRun = queue.run("10.1.1.1", other.job);
    expect(queue.stats().waiting).toBe(2);
    gates[0]!.finish();
    await runs[0];
    const again = queue.run("10.9.9.9", async () => "again"); // a place is free again
    gates[1]!.finish();
    other.finish();
    await otherRun;
    await expect(again).resolves.toBe("again");
  });

  it("frees the place of a job that fails", async () => {
    const queue = createPasswordQueue({ concurrency: 1, maxWaiting: 0, maxPerAddress: 1 });
    await expect(queue.run("a", () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    await expect(queue.run("a", async () => 1)).resolves.toBe(1);
  });
});
