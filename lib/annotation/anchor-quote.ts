/**
 * Re-anchoring an annotation after its article's text changed (W3C Web Annotation selectors: a
 * TextQuoteSelector {exact, prefix, suffix} plus a TextPositionSelector {start, end}). Pure: no I/O.
 *
 * Order of trust, after hypothesis' anchoring: the old position when the quote is still there and
 * its context agrees; else every occurrence of the quote, scored by how much of the stored context
 * surrounds it; else, for lightly edited text, the span between the stored prefix and suffix when
 * it is close to the old quote. Anything weaker or ambiguous is orphaned — an annotation is never
 * moved to a place it might not belong.
 */

/** Characters of context stored on each side of a span (prefix / suffix). */
export const QUOTE_CONTEXT_CHARS = 32;

/** Context agreement (0–1) the old position needs when the quote occurs more than once. */
const POSITION_MIN_CONTEXT = 0.5;
/** A quote this long found exactly once is distinctive enough to follow wherever it moved. */
const UNIQUE_MIN_LENGTH = 20;
/** A shorter quote found once still needs a quarter of its context around it ("300" alone proves little). */
const UNIQUE_SHORT_MIN_CONTEXT = 0.25;
/** Among several occurrences, the best must have at least half of the context… */
const DUPLICATE_MIN_CONTEXT = 0.5;
/** …and beat the runner-up by a quarter of it, or the choice is a guess. */
const DUPLICATE_MIN_MARGIN = 0.25;
/** Occurrences examined: a one-word quote in a huge text must not cost a scan per occurrence. */
const MAX_OCCURRENCES = 1_000;
/** Context characters that must match on each side to locate an edited quote by its surroundings. */
const FUZZY_CONTEXT_CHARS = 16;
/** Edited quotes longer than this are not compared (edit distance is quadratic); they orphan. */
const FUZZY_MAX_LENGTH = 1_000;
/** An edited quote must keep 85% of its characters (1 − edit distance / length): a fixed typo or a changed word, not a rewrite. */
const FUZZY_MIN_SIMILARITY = 0.85;

export interface QuoteSelector {
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

export type AnchorResult =
  | { status: "anchored" | "moved"; start: number; end: number; /** true when the quote itself was lightly edited */ isEdited: boolean }
  | { status: "orphaned"; reason: "not-found" | "ambiguous" | "weak-context" };

/** Where `selector` belongs in `text`, or orphaned. */
export function anchorQuote(selector: QuoteSelector, text: string): AnchorResult {
  const { exact, start } = selector;
  if (exact.length === 0) return { status: "orphaned", reason: "not-found" };
  const occurrences = findOccurrences(text, exact);
  // "moved" whenever the span changed place or wording, so the change can be listed for review.
  const found = (at: number, isEdited = false, end = at + exact.length): AnchorResult => ({ status: at === start && !isEdited ? "anchored" : "moved", start: at, end, isEdited });

  if (text.startsWith(exact, start) && contextScore(selector, text, start, start + exact.length) >= POSITION_MIN_CONTEXT) return found(start);
  if (occurrences.length === 1) {
    const [only] = occurrences as [number];
    const isDistinctive = exact.length >= UNIQUE_MIN_LENGTH || contextScore(selector, text, only, only + exact.length) >= UNIQUE_SHORT_MIN_CONTEXT;
    return isDistinctive ? found(only) : { status: "orphaned", reason: "weak-context" };
  }
  if (occurrences.length > 1) {
    const scored = occurrences.map((at) => ({ at, score: contextScore(selector, text, at, at + exact.length) })).sort((a, b) => b.score - a.score);
    const [best, second] = scored as [{ at: number; score: number }, { at: number; score: number }];
    if (best.score >= DUPLICATE_MIN_CONTEXT && best.score - second.score >= DUPLICATE_MIN_MARGIN) return found(best.at);
    return { status: "orphaned", reason: "ambiguous" };
  }
  const edited = findEditedQuote(selector, text);
  return edited ? found(edited.start, true, edited.end) : { status: "orphaned", reason: "not-found" };
}

function findOccurrences(text: string, exact: string): number[] {
  const found: number[] = [];
  for (let at = text.indexOf(exact); at !== -1 && found.length < MAX_OCCURRENCES; at = text.indexOf(exact, at + 1)) found.push(at);
  return found;
}

/** Share (0–1) of the stored prefix and suffix that the text around [start, end) repeats, counted from the span outwards. */
function contextScore(selector: QuoteSelector, text: string, start: number, end: number): number {
  const total = selector.prefix.length + selector.suffix.length;
  if (total === 0) return 1; // a span at the very start and end of its text has no context to disagree with
  let before = 0;
  while (before < selector.prefix.length && text[start - 1 - before] === selector.prefix[selector.prefix.length - 1 - before]) before += 1;
  let after = 0;
  while (after < selector.suffix.length && text[end + after] === selector.suffix[after]) after += 1;
  return (before + after) / total;
}

/** The span between a unique prefix and the next suffix, if it is a light edit of the quote. */
function findEditedQuote(selector: QuoteSelector, text: string): { start: number; end: number } | null {
  const prefix = selector.prefix.slice(-FUZZY_CONTEXT_CHARS);
  const suffix = selector.suffix.slice(0, FUZZY_CONTEXT_CHARS);
  // Both sides need enough context to be trusted (a span at the start or end of the text has none).
  if (prefix.length < FUZZY_CONTEXT_CHARS || suffix.length < FUZZY_CONTEXT_CHARS || selector.exact.length > FUZZY_MAX_LENGTH) return null;
  const prefixAt = findOccurrences(text, prefix);
  if (prefixAt.length !== 1) return null;
  const start = (prefixAt[0] as number) + prefix.length;
  const end = text.indexOf(suffix, start);
  if (end === -1 || end - start > selector.exact.length * 2) return null;
  const candidate = text.slice(start, end);
  const similarity = 1 - editDistance(selector.exact, candidate) / Math.max(selector.exact.length, candidate.length);
  return similarity >= FUZZY_MIN_SIMILARITY ? { start, end } : null;
}

/** Levenshtein distance in O(min(a, b)) memory. */
function editDistance(a: string, b: string): number {
  if (a.length < b.length) [a, b] = [b, a];
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length] as number;
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;
/** Whether `at` falls between the two halves of a surrogate pair (an emoji, a rare CJK character). */
const isInsidePair = (text: string, at: number) => at > 0 && at < text.length && isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at));

/**
 * The selector for [start, end) of `text`, with QUOTE_CONTEXT_CHARS of context each side. The
 * context's outer end takes one more code unit rather than cut a surrogate pair in two: half a
 * pair is not text (Prisma refuses to store it, so a cut emoji used to fail the whole import).
 */
export function describeQuote(text: string, start: number, end: number): QuoteSelector {
  let from = Math.max(0, start - QUOTE_CONTEXT_CHARS);
  if (isInsidePair(text, from)) from -= 1;
  let to = Math.min(text.length, end + QUOTE_CONTEXT_CHARS);
  if (isInsidePair(text, to)) to += 1;
  return { exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to), start, end };
}
