import { setImmediate as nextTurn } from "node:timers/promises";
import { collectGarbageIfGrown } from "./collect-garbage";

/**
 * Longest stretch of a long job (writing an import's articles, then its analysis rows) between two
 * turns of the event loop. Prisma's queries on better-sqlite3 resolve without ever giving the loop
 * a turn, so without these breaks a 40-article write held the loop for 1.3 s (measured: no timer
 * fired in between), its progress lines reached the client in one burst at the end, and every
 * reader waited. 25 ms keeps a cached read under issue 11's 100 ms p99 target with room for its
 * own work, and adds at most one turn of other work per 25 ms to the write transaction.
 */
export const EVENT_LOOP_TURN_EVERY_MS = 25;

let lastTurnAt = 0;

/**
 * Gives the event loop one turn (sockets flush the progress written so far, timers fire, other
 * requests are answered) when the last turn this process gave was at least
 * EVENT_LOOP_TURN_EVERY_MS ago, or always with `isFirstStep` (the first step of a phase is shown at
 * once); otherwise returns at once. Call it between steps of a long job.
 */
export async function yieldToEventLoop(isFirstStep = false): Promise<void> {
  if (!isFirstStep && performance.now() - lastTurnAt < EVENT_LOOP_TURN_EVERY_MS) return;
  collectGarbageIfGrown("store");
  await nextTurn();
  lastTurnAt = performance.now();
}
