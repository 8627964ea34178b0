/**
 * Waits until `url` answers 200, polling every 500 ms; fails after `timeoutMs`. Four minutes
 * covers a first start that builds Next on 2 cores before it serves.
 */
export async function waitForServer(url: string, timeoutMs = 240_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (await fetch(url).then((response) => response.ok, () => false)) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`server at ${url} did not start`);
}
