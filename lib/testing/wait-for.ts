/** Polls `read` every 100 ms until `isDone` holds; fails after `timeoutMs` naming the last value. */
export async function waitFor<T>(read: () => Promise<T>, isDone: (value: T) => boolean, timeoutMs = 40_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (isDone(value)) return value;
    if (Date.now() > until) throw new Error(`timed out; last value ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
