/**
 * Who says it: a source as written ("three of the sources", "a U.S. official", "Steve Witkoff",
 * "the State Department") reduced to what matters when two credits are compared, and the rule
 * for when two credits name the same source. Shared by the attribution and quote detectors.
 */
import type { SourceKind } from "../types";
import { toWordSet } from "../lexicon/common";
import { DISTANCING_HEADS, INSIDER_ROLES, ORGANISATION_GENERIC, SOURCE_PRONOUNS, REPORT_WORDS, SOURCE_SKIP_WORDS, SOURCE_TITLE_WORDS } from "../lexicon/attribution";

/** A source reduced for comparison. */
export interface SourceKey {
  kind: SourceKind | null;
  /** Lower-case name words ("witkoff", "state"), titles and determiners left out. */
  names: string[];
  /** Role class of an unnamed source: "source", "official", "aide", … (null when none). */
  role: string | null;
  /** "he", "she", "they": refers back, so it is compatible with any source. */
  isPronoun: boolean;
  /** "the report", "the article": the reference itself, compatible with any source. */
  isReport: boolean;
  /** "reports", "media reports", "some say": a vague crowd that adds distance. */
  isDistancing: boolean;
}

const WORD_RE = /[\p{L}\p{N}]+(?:[.'’][\p{L}\p{N}]+)*\.?/gu;
/**
 * Role nouns (singular and plural) → role class. Unnamed-source synonyms share a class
 * ("people familiar with the matter" = "sources"); roles that tell the reader something different
 * ("officials", "diplomats", "aides") have their own, so "sources" → "officials" is a change.
 */
const ROLE_WORDS: Readonly<Record<string, string>> = {
  source:
    "source sources person persons people individual individuals insider insiders contact contacts",
  official: "official officials officer officers",
  diplomat: "diplomat diplomats envoy envoys ambassador ambassadors",
  aide: "aide aides adviser advisers advisor advisors",
  staff: "staff staffer staffers employee employees worker workers",
  spokesperson:
    "spokesperson spokespersons spokesman spokesmen spokeswoman spokeswomen",
  negotiator:
    "negotiator negotiators delegate delegates representative representatives",
  lawmaker:
    "lawmaker lawmakers legislator legislators senator senators congressman congresswoman",
  analyst:
    "analyst analysts expert experts observer observers scholar scholars economist economists researcher researchers strategist strategists",
  minister: "minister ministers",
  executive: "executive executives",
  witness: "witness witnesses resident residents",
  critic: "critic critics opponent opponents",
  supporter: "supporter supporters ally allies",
};
const ROLE_CLASSES: ReadonlyMap<string, string> = new Map(
  Object.entries(ROLE_WORDS).flatMap(([role, words]) =>
    [...toWordSet(words)].map((word) => [word, role] as const),
  ),
);

// Sources repeat across a story ("the sources", "a U.S. official"); cached by kind, then text
// (no key string is built per lookup), with a cap so adversarial input cannot grow memory
// without bound.
const MAX_CACHED_SOURCES = 5000;
const sourceCache = new Map<SourceKind | null, Map<string, SourceKey>>();
let cachedSourceCount = 0;

/** Reduces a source as written to its comparison key (cached; do not mutate the result). */
export function describeSource(
  source: string,
  kind: SourceKind | null,
): SourceKey {
  const kindKey = kind ?? null; // as before: an undefined kind shares null's entries
  let byText = sourceCache.get(kindKey);
  const cached = byText?.get(source);
  if (cached) return cached;
  if (cachedSourceCount >= MAX_CACHED_SOURCES) {
    sourceCache.clear();
    cachedSourceCount = 0;
    byText = undefined;
  }
  if (byText === undefined) {
    byText = new Map();
    sourceCache.set(kindKey, byText);
  }
  const key = buildSourceKey(source, kind);
  byText.set(source, key);
  cachedSourceCount += 1;
  return key;
}

function buildSourceKey(source: string, kind: SourceKind | null): SourceKey {
  const words = [...source.matchAll(WORD_RE)].map((match) => match[0]);
  const lowers = words.map((word) =>
    word.toLowerCase().replace(/’/g, "'").replace(/'s$/, ""),
  );
  const isPronoun = lowers.length === 1 && SOURCE_PRONOUNS.has(lowers[0] ?? "");
  let role: string | null = null;
  for (let index = lowers.length - 1; index >= 0 && role === null; index -= 1)
    role = ROLE_CLASSES.get(lowers[index] ?? "") ?? null;
  const names: string[] = [];
  words.forEach((word, index) => {
    const lower = lowers[index] ?? "";
    if (
      word.charAt(0) !== word.charAt(0).toUpperCase() ||
      word.charAt(0) === word.charAt(0).toLowerCase()
    )
      return;
    if (
      SOURCE_SKIP_WORDS.has(lower) ||
      SOURCE_TITLE_WORDS.has(lower) ||
      ROLE_CLASSES.has(lower)
    )
      return;
    names.push(lower);
  });
  const hasReportWord = lowers.some((lower) => REPORT_WORDS.has(lower));
  const isReport =
    hasReportWord &&
    (lowers[0] === "the" || lowers[0] === "this") &&
    names.length === 0;
  const isDistancing =
    !isReport &&
    names.length === 0 &&
    lowers.some((lower) => DISTANCING_HEADS.has(lower));
  return { kind, names, role, isPronoun, isReport, isDistancing };
}

/** Name words that are not generic organisation words, or all of them when nothing else is left. */
function distinctiveNames(key: SourceKey): string[] {
  const specific = key.names.filter((name) => !ORGANISATION_GENERIC.has(name));
  return specific.length > 0 ? specific : key.names;
}

function sharesName(a: readonly string[], b: readonly string[]): boolean {
  return a.some((name) => b.includes(name));
}

/**
 * Whether the derivative's source can be the reference's source. `true` also when the pair
 * cannot be judged (a pronoun, an institution named by a common noun, the reference itself):
 * precision matters more than recall, so only clear substitutions count as changes.
 */
export function isCompatibleSource(ref: SourceKey, der: SourceKey): boolean {
  if (ref.isPronoun || der.isPronoun || der.isReport || ref.isReport)
    return true;
  if (der.kind === "reference-outlet" || ref.kind === "reference-outlet")
    return true;
  if (ref.kind === null || der.kind === null) return true;
  if (ref.kind === "anonymous" && der.kind === "anonymous") {
    return ref.role === null || der.role === null || ref.role === der.role;
  }
  if (ref.kind === "anonymous" && der.kind === "named-person") return false; // an unnamed source given a name
  if (ref.kind === "named-person" && der.kind === "named-person") {
    return (
      ref.names.length === 0 ||
      der.names.length === 0 ||
      sharesName(ref.names, der.names)
    );
  }
  if (der.kind === "outlet" && ref.kind !== "outlet")
    return der.isDistancing || der.names.length === 0;
  if (ref.kind === "named-organisation" && der.kind === "named-organisation") {
    const refNames = distinctiveNames(ref);
    const derNames = distinctiveNames(der);
    return (
      refNames.length === 0 ||
      derNames.length === 0 ||
      sharesName(refNames, derNames)
    );
  }
  if (ref.kind === "anonymous" && der.kind === "named-organisation") {
    // "sources said" → "the State Department said": an unnamed source turned into an institution's statement.
    return (
      distinctiveNames(der).length === 0 ||
      der.names.every((name) => ORGANISATION_GENERIC.has(name))
    );
  }
  if (ref.kind === "outlet" && der.kind === "outlet") {
    return (
      ref.names.length === 0 ||
      der.names.length === 0 ||
      sharesName(ref.names, der.names)
    );
  }
  // Named → unnamed ("Witkoff said" → "a U.S. official said") and organisation ↔ person may be
  // the same speaker described another way; not judged.
  return true;
}
