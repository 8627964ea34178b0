/**
 * Who a source is: the reference outlet itself, another outlet, an organisation, a named person,
 * or someone unnamed. Shared by the attribution and quote detectors.
 */
import type { SourceKind } from "../types";
import {
  COMMON_ADJECTIVES,
  FUNCTION_WORDS,
  MONTHS,
  NUMBER_WORDS,
  WEEKDAYS,
} from "../lexicon/common";
import { GIVEN_NAMES, PERSON_TITLE_SET } from "../lexicon/people";
import { DEMONYMS, PLACE_NAMES } from "../lexicon/places";
import {
  DOMAIN_RE,
  INSTITUTION_NOUNS,
  OFFICE_HOLDERS,
  ORGANISATION_WORDS,
  OUTLET_VERBS,
  OUTLET_WORDS,
  PUBLICATION_NOUNS,
  ROLE_NOUNS,
  STATEMENT_NOUNS,
} from "../lexicon/sources";
import { tokenizeRange, type Token } from "../text/tokenize";

/** The reference outlet's names, tokenized once: [["reuters"], ["thomson", "reuters"]]. */
export type ReferenceNames = readonly (readonly string[])[];

// Contexts are few per run (one per story); the cap only bounds memory on adversarial callers.
const MAX_CACHED_CONTEXTS = 64;
const referenceNameCache = new Map<string, ReferenceNames>();

/** Tokenizes the reference outlet's names once per distinct list. */
export function compileReferenceNames(
  names: readonly string[],
): ReferenceNames {
  const key = names.join("\u0000");
  const cached = referenceNameCache.get(key);
  if (cached) return cached;
  const compiled = names
    .map((name) =>
      tokenizeRange(name, 0, name.length, 200)
        .filter((token) => token.kind !== "punct" || token.text === "&")
        .map((token) => token.lower),
    )
    .filter((words) => words.length > 0);
  if (referenceNameCache.size >= MAX_CACHED_CONTEXTS)
    referenceNameCache.clear();
  referenceNameCache.set(key, compiled);
  return compiled;
}

/** The word of a token without a possessive "'s", lower-cased. */
export function toBareLower(token: Token): string {
  return token.lower.endsWith("'s") ? token.lower.slice(0, -2) : token.lower;
}

/** Index of the first token in [from, to) where a reference name starts, or -1. */
export function findReferenceName(
  tokens: readonly Token[],
  from: number,
  to: number,
  names: ReferenceNames,
): number {
  for (let index = from; index < to; index += 1) {
    for (const words of names) {
      if (index + words.length <= to && isNameAt(tokens, index, words))
        return index;
    }
  }
  return -1;
}

/** Whether `words` are written at token `index` (the last one may carry a possessive "'s"). */
function isNameAt(
  tokens: readonly Token[],
  index: number,
  words: readonly string[],
): boolean {
  const lastOffset = words.length - 1;
  for (let offset = 0; offset <= lastOffset; offset += 1) {
    const token = tokens[index + offset];
    if (token === undefined) return false;
    const written = offset === lastOffset ? toBareLower(token) : token.lower;
    if (written !== words[offset]) return false;
  }
  return true;
}

/** Cues from around the source phrase. */
export interface SourceCues {
  /** The reporting verb, lower-case ("reported" hints at a publication). */
  verb?: string;
  /** "familiar with the matter", "who requested anonymity": the source is unnamed on purpose. */
  isAnonymous?: boolean;
}

const PRONOUN_KINDS: ReadonlyMap<string, SourceKind> = new Map([
  // In news style a pronoun picks up the last named person ("Smith … he said"); unnamed sources
  // are picked up by "the official said". "it" is an institution, "they"/"we" a group of sources.
  ["he", "named-person"],
  ["she", "named-person"],
  ["i", "named-person"],
  ["it", "named-organisation"],
  ["they", "anonymous"],
  ["we", "anonymous"],
]);

/** true for a capitalised token that names no person (place, demonym, institution, title …). */
function isNonPersonCapital(token: Token): boolean {
  const lower = toBareLower(token);
  if (token.text.length > 1 && token.text === token.text.toUpperCase())
    return true; // "U.S.", "CCTV"
  return (
    PLACE_NAMES.has(lower) ||
    DEMONYMS.has(lower) ||
    ORGANISATION_WORDS.has(lower) ||
    OUTLET_WORDS.has(lower) ||
    PERSON_TITLE_SET.has(lower) ||
    ROLE_NOUNS.has(lower) ||
    INSTITUTION_NOUNS.has(lower) ||
    NUMBER_WORDS.has(lower) ||
    FUNCTION_WORDS.has(lower) ||
    MONTHS.has(lower) ||
    WEEKDAYS.has(lower) ||
    (lower.includes(".") && DOMAIN_RE.test(lower)) || // DOMAIN_RE needs a "."; test that first
    // Sentence-initial capitals of ordinary words: "Senior officials said", "Privately, …".
    COMMON_ADJECTIVES.has(lower) ||
    lower.endsWith("ly")
  );
}

/**
 * true when the phrase contains a personal name: a run of capitalised words none of which is a
 * place, institution, title or role word, and which is not a possessive modifier ("Trump's
 * special envoy" names the envoy only by relation).
 */
export function hasPersonalName(
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean {
  let index = from;
  while (index < to) {
    const token = tokens[index];
    if (!token || !token.isCap) {
      index += 1;
      continue;
    }
    let end = index;
    let isName = true;
    while (end < to && tokens[end]?.isCap) {
      const current = tokens[end];
      if (current && isNonPersonCapital(current)) isName = false;
      end += 1;
    }
    const last = tokens[end - 1];
    const runLower = tokens.slice(index, end).map(toBareLower).join(" ");
    if (
      isName &&
      last &&
      !last.lower.endsWith("'s") &&
      !PLACE_NAMES.has(runLower)
    )
      return true;
    index = end;
  }
  return false;
}

function hasOutletCue(
  tokens: readonly Token[],
  from: number,
  to: number,
): boolean {
  for (let index = from; index < to; index += 1) {
    const token = tokens[index];
    if (!token || token.kind !== "word") continue;
    if (
      token.lower.includes(".") && // the cheap test first: DOMAIN_RE needs a "."
      DOMAIN_RE.test(token.lower) &&
      !token.lower.endsWith(".")
    )
      return true;
    if (!token.isCap || !OUTLET_WORDS.has(toBareLower(token))) continue;
    // "Agency" is a newspaper only after News/Press ("the International Atomic Energy Agency" is not).
    if (token.lower === "agency") {
      const previous = tokens[index - 1]?.lower ?? "";
      if (previous !== "news" && previous !== "press") continue;
    }
    return true;
  }
  return false;
}

/** The kind of source the phrase `tokens[from, to)` names; `head` is its head noun's index. */
export function classifySource(
  tokens: readonly Token[],
  from: number,
  to: number,
  head: number,
  names: ReferenceNames,
  cues: SourceCues = {},
): SourceKind {
  if (findReferenceName(tokens, from, to, names) >= 0)
    return "reference-outlet";
  const headToken = tokens[head];
  if (!headToken) return "anonymous";
  const headLower = toBareLower(headToken);
  if (to - from === 1) {
    const pronounKind = PRONOUN_KINDS.get(headLower);
    if (pronounKind) return pronounKind;
  }
  if (
    hasOutletCue(tokens, from, to) ||
    (!headToken.isCap && PUBLICATION_NOUNS.has(headLower))
  )
    return "outlet";
  const isNamed = hasPersonalName(tokens, from, to);
  if (!headToken.isCap && OFFICE_HOLDERS.has(headLower)) {
    // "the mayor" is one identifiable person; "a minister" is anyone of several.
    const determiner = tokens[from]?.lower;
    return isNamed ||
      (determiner !== "a" && determiner !== "an" && to - from > 1)
      ? "named-person"
      : "anonymous";
  }
  if (ROLE_NOUNS.has(headLower)) return isNamed ? "named-person" : "anonymous";
  if (cues.isAnonymous) return "anonymous";
  if (
    STATEMENT_NOUNS.has(headLower) ||
    INSTITUTION_NOUNS.has(headLower) ||
    (headToken.isCap && ORGANISATION_WORDS.has(headLower))
  ) {
    return "named-organisation";
  }
  if (headToken.isCap) {
    const runLower = tokens
      .slice(from, to)
      .filter((token) => token.isCap)
      .map(toBareLower)
      .join(" ");
    const isAcronym =
      headToken.text.length > 1 &&
      headToken.text === headToken.text.toUpperCase();
    // A country or city as a speaker is its government ("Israel said", "Washington says").
    if (PLACE_NAMES.has(runLower) || PLACE_NAMES.has(headLower) || isAcronym)
      return "named-organisation";
    const hasPersonCue = tokens
      .slice(from, to)
      .some(
        (token) =>
          PERSON_TITLE_SET.has(toBareLower(token)) ||
          GIVEN_NAMES.has(toBareLower(token)),
      );
    if (!hasPersonCue && cues.verb !== undefined && OUTLET_VERBS.has(cues.verb))
      return "outlet";
    // People's names take no article; "the Kremlin" is an institution.
    if (!hasPersonCue && tokens[from]?.lower === "the")
      return "named-organisation";
    return isNamed || hasPersonCue ? "named-person" : "named-organisation";
  }
  return "anonymous";
}
