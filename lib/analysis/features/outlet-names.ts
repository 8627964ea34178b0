/**
 * Finds the name a reference article calls itself by ("told Reuters", "Reuters could not
 * determine", "a Reuters review", "(Reuters) -"), so derivatives' "told Reuters" can be
 * recognised as claims of the reference's own reporting.
 */
import { toBareLower } from "./classify-source";
import { FUNCTION_WORDS, MONTHS, WEEKDAYS } from "../lexicon/common";
import { GIVEN_NAMES, PERSON_TITLE_SET } from "../lexicon/people";
import { DEMONYMS, PLACE_NAMES } from "../lexicon/places";
import {
  INSTITUTION_NOUNS,
  ORGANISATION_WORDS,
  OUTLET_WORDS,
  ROLE_NOUNS,
} from "../lexicon/sources";
import { MAX_OUTLET_SCAN_CHARS } from "../text/limits";
import { tokenizeRange, type Token } from "../text/tokenize";
import { INABILITY_OBJECTS, INABILITY_STARTS, OWN_REPORTING_VERBS, OWN_WORK_NOUNS, REPORT_VERBS } from "../lexicon/attribution";

// Longest outlet name considered ("The Wall Street Journal" is four words).
const MAX_NAME_TOKENS = 4;
// Weights: phrasings only the outlet itself uses ("Reuters could not determine", "a Reuters
// review", a dateline) count double; "told X" and "X reported" are also used of other outlets.
const STRONG_CUE = 2;
const WEAK_CUE = 1;
// Names scoring at least this share of the best score are returned too (aliases, sister titles).
const ALIAS_SHARE = 0.5;

const DASHES = new Set(["-", "–", "—"]);

/** The reference outlet's names as it writes them ("Reuters"), best first; [] when none. */
export function inferReferenceOutletNames(text: string): string[] {
  const tokens = tokenizeRange(text, 0, text.length, MAX_OUTLET_SCAN_CHARS);
  const scores = new Map<string, { score: number; first: number }>();
  const add = (name: string | null, weight: number, at: number): void => {
    if (!name) return;
    const entry = scores.get(name) ?? { score: 0, first: at };
    entry.score += weight;
    scores.set(name, entry);
  };
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token) continue;
    const lower = token.lower;
    if (lower === "told")
      add(readNameAfter(tokens, index + 1)?.name ?? null, WEAK_CUE, index);
    if ((lower === "a" || lower === "an") && tokens[index + 1]?.isCap) {
      const found = readNameAfter(tokens, index + 1);
      if (found && OWN_WORK_NOUNS.has(tokens[found.end]?.lower ?? ""))
        add(found.name, STRONG_CUE, index);
    }
    if (lower === "according" && tokens[index + 1]?.lower === "to") {
      const found = readNameAfter(tokens, index + 2);
      if (found && OWN_WORK_NOUNS.has(tokens[found.end]?.lower ?? ""))
        add(found.name, WEAK_CUE, index);
    }
    if (token.text === "(" && tokens[index + 1]?.isCap) {
      // A dateline: "BEIJING, Aug 8 (Reuters) -"
      const found = readNameAfter(tokens, index + 1);
      const dash = found ? tokens[found.end + 1] : undefined;
      if (
        found &&
        tokens[found.end]?.text === ")" &&
        dash &&
        DASHES.has(dash.text)
      )
        add(found.name, STRONG_CUE, index);
    }
    if (
      token.kind === "word" &&
      !token.isCap &&
      index > 0 &&
      tokens[index - 1]?.isCap
    ) {
      const weight = REPORT_VERBS.has(lower)
        ? WEAK_CUE
        : OWN_REPORTING_VERBS.has(lower) ||
            (lower === "has" &&
              OWN_REPORTING_VERBS.has(tokens[index + 1]?.lower ?? ""))
          ? STRONG_CUE
          : isInability(tokens, index)
            ? STRONG_CUE
            : 0;
      if (weight > 0) add(readNameBefore(tokens, index - 1), weight, index);
    }
  }
  const ranked = [...scores.entries()].sort(
    (a, b) => b[1].score - a[1].score || a[1].first - b[1].first,
  );
  const best = ranked[0]?.[1].score ?? 0;
  return ranked
    .filter(([, entry]) => entry.score >= best * ALIAS_SHARE)
    .map(([name]) => name);
}

/** "could not determine", "was unable to confirm", "cannot independently verify". */
function isInability(tokens: readonly Token[], index: number): boolean {
  const first = tokens[index]?.lower ?? "";
  if (!INABILITY_STARTS.has(first)) return false;
  const window = tokens.slice(index + 1, index + 5).map((token) => token.lower);
  const isNegated =
    first === "cannot" || window[0] === "not" || window[0] === "unable";
  return isNegated && window.some((word) => INABILITY_OBJECTS.has(word));
}

function isNameWord(token: Token | undefined): token is Token {
  return token !== undefined && token.kind === "word" && token.isCap;
}

/** A run of capitalised words from `start`, without a leading "The"; null if it names no outlet. */
function readNameAfter(
  tokens: readonly Token[],
  start: number,
): { name: string; end: number } | null {
  let from = start;
  if (tokens[from]?.lower === "the" && isNameWord(tokens[from + 1])) from += 1;
  let end = from;
  while (end - from < MAX_NAME_TOKENS && isNameWord(tokens[end])) {
    end += 1;
    if (tokens[end - 1]?.lower.endsWith("'s")) break;
  }
  const name = toOutletName(tokens.slice(from, end));
  return name ? { name, end } : null;
}

/** A run of capitalised words ending at `last`, without a leading "The". */
function readNameBefore(tokens: readonly Token[], last: number): string | null {
  let start = last;
  while (
    start > 0 &&
    last - start + 1 < MAX_NAME_TOKENS &&
    isNameWord(tokens[start - 1])
  )
    start -= 1;
  if (tokens[start]?.lower === "the" && start < last) start += 1;
  return toOutletName(tokens.slice(start, last + 1));
}

function toOutletName(run: readonly Token[]): string | null {
  if (run.length === 0) return null;
  const words = run.map((token) => toBareLower(token));
  const key = words.join(" ");
  const first = words[0] ?? "";
  const hasOutletWord = words.some((word) => OUTLET_WORDS.has(word));
  const isExcluded =
    PLACE_NAMES.has(key) ||
    DEMONYMS.has(first) ||
    GIVEN_NAMES.has(first) ||
    PERSON_TITLE_SET.has(first) ||
    words.some(
      (word) =>
        FUNCTION_WORDS.has(word) ||
        MONTHS.has(word) ||
        WEEKDAYS.has(word) ||
        ROLE_NOUNS.has(word) ||
        INSTITUTION_NOUNS.has(word) ||
        (ORGANISATION_WORDS.has(word) && !hasOutletWord),
    );
  if (isExcluded) return null;
  return run
    .map((token, index) =>
      index === run.length - 1 && token.lower.endsWith("'s")
        ? token.text.slice(0, -2)
        : token.text,
    )
    .join(" ");
}
