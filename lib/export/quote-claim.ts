/**
 * ClaimReview's `claimReviewed` is the claim as a reader would quote it. Google's guidance keeps it
 * short; a fact-checker quotes a sentence or a clause, never a two-word fragment such as "aides
 * say". These bounds keep the quote a readable clause: at least MIN characters of context around
 * the wording the editor marked, at most MAX so it still fits a search result.
 */
export const MIN_CLAIM_REVIEWED_CHARS = 75;
export const MAX_CLAIM_REVIEWED_CHARS = 150;

const ELLIPSIS = "…";

/** Clause boundaries inside a sentence: semicolons, colons and dashes (commas split too finely). */
const CLAUSE_BREAK = /[;:—–]/;

/**
 * The claim as a reader would quote it: the sentence carrying the marked wording `[start, end)`
 * (offsets into `sentence`) when it fits MAX characters, else the clause holding the wording, else
 * a window around the wording, widened at word boundaries to MAX; a cut end is marked "…". The
 * result always contains the marked wording (clipped itself only when it alone is over MAX).
 */
export function quoteClaim(sentence: string, start: number, end: number, max = MAX_CLAIM_REVIEWED_CHARS, min = MIN_CLAIM_REVIEWED_CHARS): string {
  const from = Math.max(0, Math.min(start, sentence.length));
  const to = Math.max(from, Math.min(end, sentence.length));
  if (flatten(sentence).length <= max) return flatten(sentence);
  // A wording with no room left for context is quoted alone (clipped when over MAX itself).
  if (flatten(sentence.slice(from, to)).length > max - 2) return clipText(sentence.slice(from, to), max);

  // The clause around the wording, when it is long enough to stand alone and short enough to fit.
  let clauseStart = from;
  while (clauseStart > 0 && !CLAUSE_BREAK.test(sentence[clauseStart - 1]!)) clauseStart -= 1;
  let clauseEnd = to;
  while (clauseEnd < sentence.length && !CLAUSE_BREAK.test(sentence[clauseEnd]!)) clauseEnd += 1;
  const clauseLength = flatten(sentence.slice(clauseStart, clauseEnd)).length;
  if (clauseLength >= min && clauseLength <= max - 2) return withEllipses(sentence, clauseStart, clauseEnd);

  // Otherwise widen a window around the wording a word at a time, alternating sides, while it fits.
  let left = from;
  let right = to;
  const fits = (a: number, b: number) => flatten(sentence.slice(a, b)).length <= max - 2; // room for two "…"
  for (let step = 0; ; step += 1) {
    const grown: [number, number][] = [
      [previousWordStart(sentence, left), right],
      [left, nextWordEnd(sentence, right)],
    ];
    if (step % 2 === 1) grown.reverse();
    const next = grown.find(([a, b]) => (a !== left || b !== right) && fits(a, b));
    if (!next) break;
    [left, right] = next;
  }
  return withEllipses(sentence, left, right);
}

function previousWordStart(text: string, index: number): number {
  let i = index;
  while (i > 0 && /\s/.test(text[i - 1]!)) i -= 1;
  while (i > 0 && !/\s/.test(text[i - 1]!)) i -= 1;
  return i;
}

function nextWordEnd(text: string, index: number): number {
  let i = index;
  while (i < text.length && /\s/.test(text[i]!)) i += 1;
  while (i < text.length && !/\s/.test(text[i]!)) i += 1;
  return i;
}

function withEllipses(text: string, start: number, end: number): string {
  const body = flatten(text.slice(start, end)).replace(/^[\s,;:—–]+|[\s,;:—–]+$/g, "");
  const head = flatten(text.slice(0, start)).length > 0 ? ELLIPSIS : "";
  const tail = flatten(text.slice(end)).replace(/^[.!?"”’]+$/, "").length > 0 ? ELLIPSIS : "";
  return `${head}${body}${tail}`;
}

function flatten(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

/** "A long sentence …" cut at a word so it stays under `max` characters. */
export function clipText(text: string, max: number): string {
  const flat = flatten(text);
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  // Cut at a word unless that throws away more than a third of the room.
  return `${(space > max * 0.66 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, "")}${ELLIPSIS}`;
}
