/**
 * Per-view memory for the classify stage: what a detector derives from a sentence (its words,
 * its entities, its modals…) is computed once per {@link SentenceView} object and lives exactly
 * as long as the view.
 *
 * Every slot of a view sits in one array held by the view itself, under a private symbol
 * (non-enumerable, so it is never copied by a spread nor seen by JSON or equality checks). A
 * WeakMap per memoised function cost one weak entry per view per function, and the garbage
 * collector pays for every weak entry it traces: with a dozen per derivative sentence that was
 * a large share of the analysis time; even one shared WeakMap costs a hash lookup per access.
 */
import type { SentenceView } from "./types";

/** Key of a view's slot array. */
const MEMO = Symbol("view memo");
/** Slots handed out so far; slots are created at module load, so this stops growing early. */
let slotCount = 0;

/** One value stored per view object. */
export interface ViewSlot<T> {
  get(view: SentenceView): T | undefined;
  set(view: SentenceView, value: T): void;
}

/** Slot arrays of views that cannot take a property (frozen by their caller): rare, so a WeakMap is fine. */
const sealedViewMemos = new WeakMap<SentenceView, unknown[]>();

/** The slot array of `view`, created on first use. */
function getMemo(view: SentenceView): unknown[] {
  const holder = view as SentenceView & { readonly [MEMO]?: unknown[] };
  const memo = holder[MEMO];
  if (memo !== undefined) return memo;
  const created = sealedViewMemos.get(view) ?? new Array<unknown>(slotCount);
  if (Object.isExtensible(holder))
    Object.defineProperty(holder, MEMO, { value: created });
  else sealedViewMemos.set(view, created);
  return created;
}

/** A new storage slot on every view (for caches that need more than {@link memoizeByView}). */
export function createViewSlot<T>(): ViewSlot<T> {
  const slot = slotCount++;
  return {
    get: (view) => getMemo(view)[slot] as T | undefined,
    set: (view, value) => {
      getMemo(view)[slot] = value;
    },
  };
}

/**
 * Wraps a per-sentence computation so it runs once per view object (a reference sentence is
 * compared with many derivative sentences; its word lists must not be rebuilt each time).
 */
export function memoizeByView<T>(
  compute: (view: SentenceView) => T,
): (view: SentenceView) => T {
  const slot = slotCount++;
  return (view) => {
    const memo = getMemo(view);
    const cached = memo[slot] as T | undefined;
    if (cached !== undefined) return cached;
    const value = compute(view);
    memo[slot] = value;
    return value;
  };
}
