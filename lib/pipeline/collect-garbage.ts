import { getHeapStatistics } from "node:v8";

/**
 * Heap growth since the last collection past which a one-shot CLI collects at once. V8 lets a
 * process's heap grow to a large share of the machine's memory before a full collection, and
 * storing an import leaves mostly garbage behind (Prisma's per-statement parameter handling):
 * importing 499 generated articles peaked at 901 MB RSS with a live heap under 256 MB (it ran in
 * 256 MB of old space). Measured peak RSS by threshold (import of 499 / `npm run analyze` of
 * 1,000): 96 MB → 597 / 513–518 MB; 64 MB → 562 / 465–481 MB at the same wall time; 32 MB →
 * 538 / 435 MB but 0.5 s slower. A full collection of these heaps costs 20–40 ms.
 */
const GROWTH_BYTES = 64 * 1024 * 1024;

const gc = (globalThis as { gc?: () => void }).gc;
let usedAfterLast = 0;

/**
 * Collects garbage when the heap grew by GROWTH_BYTES since the last time. Only where `gc` is
 * exposed: the CLIs run with `node --expose-gc` (package.json); the server never does, and keeps
 * V8's own pacing. Called between steps of a long job (yieldToEventLoop).
 */
export function collectGarbageIfGrown(): void {
  if (!gc) return;
  if (getHeapStatistics().used_heap_size - usedAfterLast < GROWTH_BYTES) return;
  gc();
  usedAfterLast = getHeapStatistics().used_heap_size;
}
