import { getHeapStatistics } from "node:v8";

/**
 * Heap growth since the last collection past which a one-shot CLI collects at once, per kind of
 * step. V8 lets a process's heap grow to a large share of the machine's memory before a full
 * collection, and storing an import leaves mostly garbage behind (Prisma's per-statement parameter
 * handling): importing 499 generated articles peaked at 901 MB RSS with a live heap under 256 MB
 * (it ran in 256 MB of old space). Measured peak RSS by threshold (import of 499 / `npm run
 * analyze` of 1,000): 96 MB → 597 / 513–518 MB; 64 MB → 562 / 465–481 MB at the same wall time;
 * 32 MB → 538 / 435 MB, the import 0.6 s slower (of 11 s), the analyze CLI 0.5 s (of 5 s). So the
 * write phase collects at 32 MB and the analysis threads at 64 MB. A full collection of these heaps
 * costs 20–40 ms.
 */
export const GROWTH_BYTES = { store: 32 * 1024 * 1024, analysis: 64 * 1024 * 1024 } as const;

const gc = (globalThis as { gc?: () => void }).gc;
let usedAfterLast = 0;

/**
 * Collects garbage when the heap grew by the step's GROWTH_BYTES since the last time. Only where
 * `gc` is exposed: the CLIs run with `node --expose-gc` (package.json); the server never does, and
 * keeps V8's own pacing. Called between steps of a long job (yieldToEventLoop: "store") and
 * between chunks of `npm run analyze` ("analysis").
 */
export function collectGarbageIfGrown(step: keyof typeof GROWTH_BYTES): void {
  if (!gc) return;
  if (getHeapStatistics().used_heap_size - usedAfterLast < GROWTH_BYTES[step]) return;
  gc();
  usedAfterLast = getHeapStatistics().used_heap_size;
}
