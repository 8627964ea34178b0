/**
 * Time expressions: dates ("July 31", "31 July 2025", "in March", "2023"), weekdays, seasons,
 * relative references ("last week", "earlier this month", "in recent days", "two years ago",
 * "soon"), durations ("within days", "for three years") and ranges ("within months or even
 * weeks", "between 2020 and 2021", "two to three weeks"). A range lists its options in
 * `alternatives`, so "within days or weeks" → "within days" shows as a narrowed range.
 */
import type { TimeMention } from "../types";
import { toWordSet } from "../lexicon/common";
import { compilePhrases, matchPhraseAt } from "./phrases";
import { parseAtom, type Atom } from "./time-atoms";
import {
  stripPossessiveSuffix,
  type SentenceView,
  type Token,
} from "../text/tokenize";

const PREPOSITIONS = compilePhrases(
  [
    "in",
    "on",
    "within",
    "by",
    "since",
    "until",
    "till",
    "before",
    "after",
    "during",
    "from",
    "between",
    "for",
    "over",
    "through",
    "throughout",
    "as early as",
    "as late as",
    "no later than",
    "no earlier than",
    "at",
    "later in",
    "earlier in",
    "later this",
    "as of",
  ].map((phrase) => [phrase, phrase] as const),
);
/** Preposition phrases that open a bound: the atoms after them are durations. */
const DURATION_PREPOSITIONS = toWordSet("within for over throughout");
const BOUNDARY_PHRASES = compilePhrases(
  [
    "the end of",
    "the start of",
    "the beginning of",
    "the middle of",
    "the turn of",
    "end of",
    "the rest of",
  ].map((phrase) => [phrase, phrase] as const),
);
const CONNECTORS = toWordSet("or and to through - –");
/** Words allowed between alternatives: "months or even weeks", "days, perhaps weeks". */
const FILLERS = toWordSet(
  "even perhaps possibly maybe just potentially if not",
);
const SPACE_BEFORE_PUNCTUATION_RE = / ([,.])/g;
const RELATIVE_AFTER = toWordSet("ago later earlier");

/** Every time expression in the sentence, with absolute offsets. */
export function findTimes(view: SentenceView): TimeMention[] {
  const { tokens, text } = view;
  const mentions: TimeMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const found = parseExpression(tokens, index);
    if (!found) {
      index += 1;
      continue;
    }
    const first = tokens[found.start];
    const last = tokens[found.end - 1];
    if (first && last) {
      mentions.push({
        start: first.start,
        end: last.end,
        text: text.slice(first.start, last.end),
        kind: found.kind,
        alternatives: found.alternatives,
      });
    }
    index = found.end;
  }
  return mentions;
}

interface Expression {
  start: number;
  end: number;
  kind: TimeMention["kind"];
  alternatives: string[];
}

function parseExpression(
  tokens: readonly Token[],
  index: number,
): Expression | null {
  const preposition = matchPhraseAt(tokens, index, PREPOSITIONS);
  let position = preposition ? preposition.end : index;
  const boundary = matchPhraseAt(tokens, position, BOUNDARY_PHRASES);
  if (boundary) position = boundary.end;
  const afterPreposition = preposition !== null;
  const first = parseAtom(
    tokens,
    position,
    afterPreposition || boundary !== null,
    boundary !== null,
  );
  if (!first) return null;
  const atoms: Atom[] = [first];
  let end = first.end;
  // Alternatives: "X or (even) Y", "X to Y", "X and Y", "X, even Y".
  for (;;) {
    let cursor = end;
    const connector = tokens[cursor];
    if (!connector) break;
    const isComma = connector.text === ",";
    if (!CONNECTORS.has(connector.lower) && !isComma) break;
    cursor += 1;
    let filled = false;
    while (tokens[cursor] && FILLERS.has(tokens[cursor]?.lower ?? "")) {
      cursor += 1;
      filled = true;
    }
    if (isComma && !filled) break; // a bare comma separates clauses, not alternatives
    const next = parseAtom(tokens, cursor, true, false);
    const previous = atoms[atoms.length - 1];
    if (!next || !previous || !isCompatible(previous, next)) break;
    atoms.push(next);
    end = next.end;
  }
  const lastAtom = atoms[atoms.length - 1] ?? first;
  if (first.isBareCount && (atoms.length < 2 || lastAtom.isBareCount))
    return null;
  if (
    RELATIVE_AFTER.has(tokens[end]?.lower ?? "") &&
    lastAtom.kind === "unit"
  ) {
    end += 1;
    lastAtom.kind = "relative";
  }
  const alternatives = atoms.map((atom) =>
    describeAtom(tokens, atom, lastAtom),
  );
  return {
    start: index,
    end,
    kind: decideKind(atoms, preposition?.phrase ?? null, tokens[end - 1]),
    alternatives,
  };
}

function decideKind(
  atoms: readonly Atom[],
  preposition: string | null,
  last: Token | undefined,
): TimeMention["kind"] {
  if (atoms.length > 1 || preposition === "between") return "range";
  const atom = atoms[0];
  if (!atom) return "point";
  if (atom.kind === "relative" || RELATIVE_AFTER.has(last?.lower ?? ""))
    return "relative";
  if (atom.kind === "unit")
    return preposition &&
      !DURATION_PREPOSITIONS.has(preposition) &&
      preposition !== "in"
      ? "relative"
      : "duration";
  return "point";
}

/** Years go with years, units with units: "2020 and 2021" joins, "March and met" does not. */
function isCompatible(previous: Atom, next: Atom): boolean {
  if (previous.isBareCount) return next.kind === "unit";
  return !next.isBareCount;
}

/** The atom's words, lower-cased, without "the"; a bare count borrows the range's unit. */
function describeAtom(
  tokens: readonly Token[],
  atom: Atom,
  lastAtom: Atom,
): string {
  const words = tokens
    .slice(atom.start, atom.end)
    .filter((token) => token.lower !== "the")
    .map((token) => stripPossessiveSuffix(token.lower));
  if (atom.isBareCount && lastAtom !== atom) {
    const unit = tokens[lastAtom.end - 1]?.lower;
    if (unit) words.push(unit);
  }
  return words.join(" ").replace(SPACE_BEFORE_PUNCTUATION_RE, "$1");
}
