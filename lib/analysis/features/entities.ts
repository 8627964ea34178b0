/**
 * Named entities from capitalised word runs, typed by cheap cues: a gazetteer and "-stan"/"Gulf"
 * endings for places; "Department"/"Ministry"/acronyms for organisations; titles, given names,
 * bylines, appositive roles and reporting verbs for people; "Accords"/"Treaty" for other names.
 * Possessives are trimmed ("Trump's" → "Trump"); nationality adjectives are split off
 * ("Azerbaijani President Ilham Aliyev" → "Azerbaijani" other + "Ilham Aliyev" person).
 * A bare surname counts as a person when the article names that person in full elsewhere.
 */
import type { EntityMention, EntityType } from "../types";
import {
  findReferenceName,
  toBareLower,
  type ReferenceNames,
} from "./classify-source";
import { collectDocumentSurnames } from "./document-names";
import { collectRuns, detectTitleCase, type Run } from "./entity-runs";
import { toWordSet } from "../lexicon/common";
import {
  GIVEN_NAMES,
  MAX_TITLE_WORDS,
  PERSON_TITLES,
  PERSON_TITLE_SET,
} from "../lexicon/people";
import {
  DEMONYMS,
  MAX_PLACE_WORDS,
  PLACE_NAMES,
  PLACE_SUFFIX_WORDS,
  hasPlaceSuffix,
} from "../lexicon/places";
import {
  DOMAIN_RE,
  ORGANISATION_WORDS,
  OUTLET_VERBS,
  OUTLET_WORDS,
  REPORTING_VERBS,
  ROLE_NOUNS,
} from "../lexicon/sources";
import { findFirstWordIndex, type SentenceView, type Token } from "../text/tokenize";

/** Last words that make a name an event, agreement or other thing ("Abraham Accords"). */
const OTHER_NAME_WORDS = toWordSet(`
  accords accord treaty agreement act plan initiative summit route road war day award awards
  games cup prize deal doctrine program programme project convention declaration protocol charter
  pact strategy index report`);
/** First words of the person titles ("vice" of "vice president"). */
const TITLE_FIRST_WORDS: ReadonlySet<string> = new Set(
  PERSON_TITLES.map((title) => title.split(" ")[0] ?? title),
);
// How far after a name an appositive role may be ("Jane Roe, a senior aide to the minister").
const APPOSITIVE_WINDOW = 6;

/** Every named entity in the sentence, with absolute offsets. */
export function findEntities(
  view: SentenceView,
  names: ReferenceNames,
): EntityMention[] {
  const { tokens, text } = view;
  const firstWord = findFirstWordIndex(tokens);
  const isTitleCase = detectTitleCase(tokens);
  const mentions: EntityMention[] = [];
  for (const run of collectRuns(view, firstWord, isTitleCase)) {
    for (const entity of typeRun(tokens, run, names, isTitleCase)) {
      const first = tokens[entity.start];
      const last = tokens[entity.end - 1];
      if (!first || !last) continue;
      const end = last.lower.endsWith("'s") ? last.end - 2 : last.end;
      // A bare surname of someone the article names in full elsewhere ("Witkoff").
      const isKnownSurname =
        entity.type === "other" &&
        entity.end - entity.start === 1 &&
        collectDocumentSurnames(text).has(toBareLower(first));
      mentions.push({
        start: first.start,
        end,
        text: text.slice(first.start, end),
        type: isKnownSurname ? "person" : entity.type,
      });
    }
  }
  return mentions;
}

interface TypedRange {
  start: number;
  end: number;
  type: EntityType;
}

/** The bare lower-case words of tokens [start, end) joined by spaces: a gazetteer key. */
function runKey(tokens: readonly Token[], start: number, end: number): string {
  const last = Math.min(end, tokens.length);
  let key = "";
  for (let index = start; index < last; index += 1) {
    const bare = toBareLower(tokens[index]!);
    key = index === start ? bare : `${key} ${bare}`;
  }
  return key;
}

function typeRun(
  tokens: readonly Token[],
  run: Run,
  names: ReferenceNames,
  isTitleCase: boolean,
): TypedRange[] {
  const whole = classifyWhole(tokens, run.start, run.end, names);
  if (whole) return [{ start: run.start, end: run.end, type: whole }];
  const results: TypedRange[] = [];
  let start = run.start;
  // A leading place before a title or a person: "U.S. President Ana Diaz" → "U.S." + the rest
  // (but "Lisbon Treaty" stays whole).
  for (
    let length = Math.min(MAX_PLACE_WORDS, run.end - start - 1);
    length >= 1;
    length -= 1
  ) {
    const next = tokens[start + length];
    const nextBare = next ? toBareLower(next) : "";
    const isPersonNext =
      PERSON_TITLE_SET.has(nextBare) ||
      DEMONYMS.has(nextBare) ||
      GIVEN_NAMES.has(nextBare);
    if (
      isPersonNext &&
      PLACE_NAMES.has(runKey(tokens, start, start + length))
    ) {
      results.push({ start, end: start + length, type: "place" });
      start += length;
      break;
    }
  }
  let demonymEnd = start;
  while (
    demonymEnd < run.end &&
    DEMONYMS.has(toBareLower(tokens[demonymEnd] as Token))
  )
    demonymEnd += 1;
  if (demonymEnd > start) {
    results.push({ start, end: demonymEnd, type: "other" });
    start = demonymEnd;
  }
  let hasTitle = false;
  for (
    let length = startsTitle(tokens[start])
      ? Math.min(MAX_TITLE_WORDS, run.end - start)
      : 0;
    length >= 1;
    length -= 1
  ) {
    if (
      PERSON_TITLE_SET.has(
        runKey(tokens, start, start + length).replace(/\.$/, ""),
      )
    ) {
      hasTitle = true;
      start += length;
      if (tokens[start]?.text === ".") start += 1;
      break;
    }
  }
  if (start >= run.end) return results; // a title alone ("the President") names no one
  const type = classifyRest(tokens, start, run.end, hasTitle, isTitleCase);
  if (type === null) return results;
  if (isTitleCase && type === "other" && run.end - start === 1) return results;
  results.push({ start, end: run.end, type });
  return results;
}

/**
 * Whether a title ("president", "vice president") can start at `token`: its bare word, or that
 * word without a final full stop, is a title's first word. The title search builds keys only then.
 */
function startsTitle(token: Token | undefined): boolean {
  if (!token) return false;
  const bare = toBareLower(token);
  return (
    TITLE_FIRST_WORDS.has(bare) ||
    (bare.endsWith(".") && TITLE_FIRST_WORDS.has(bare.slice(0, -1)))
  );
}

/** Cues that type the whole run at once: the reference outlet, a known place, an institution word. */
function classifyWhole(
  tokens: readonly Token[],
  start: number,
  end: number,
  names: ReferenceNames,
): EntityType | null {
  if (findReferenceName(tokens, start, end, names) === start)
    return "organisation";
  const key = runKey(tokens, start, end);
  if (end - start <= MAX_PLACE_WORDS && PLACE_NAMES.has(key)) return "place";
  for (let index = start; index < end; index += 1) {
    const token = tokens[index];
    if (!token) continue;
    const bare = toBareLower(token);
    if (ORGANISATION_WORDS.has(bare) || OUTLET_WORDS.has(bare))
      return "organisation";
    // The cheap "." test first: DOMAIN_RE needs one.
    if (bare.includes(".") && DOMAIN_RE.test(bare) && !bare.endsWith("."))
      return "organisation";
  }
  return null;
}

function classifyRest(
  tokens: readonly Token[],
  start: number,
  end: number,
  hasTitle: boolean,
  isTitleCase: boolean,
): EntityType | null {
  const key = runKey(tokens, start, end);
  const first = tokens[start];
  const last = tokens[end - 1];
  if (!first || !last) return null;
  const lastBare = toBareLower(last);
  if (end - start <= MAX_PLACE_WORDS && PLACE_NAMES.has(key)) return "place";
  if (
    (end - start === 1 && hasPlaceSuffix(lastBare)) ||
    PLACE_SUFFIX_WORDS.has(lastBare) ||
    key.startsWith("republic of")
  )
    return "place";
  if (OTHER_NAME_WORDS.has(lastBare)) return "other";
  // In a Title Case headline a title before one word ("Premier Weighs") is too weak a cue.
  if (
    (hasTitle && !(isTitleCase && end - start === 1)) ||
    isPersonByCue(tokens, start, end)
  )
    return "person";
  const isAcronym =
    first === last &&
    first.text.length > 1 &&
    first.text.replace(/\./g, "") ===
      first.text.replace(/\./g, "").toUpperCase();
  if (isAcronym) return "organisation";
  return "other";
}

function isPersonByCue(
  tokens: readonly Token[],
  start: number,
  end: number,
): boolean {
  const first = tokens[start];
  const length = end - start;
  if (!first || length > 3) return false;
  if (length >= 2 && GIVEN_NAMES.has(first.lower)) return true;
  const previous = tokens[start - 1];
  if (length >= 2 && previous?.lower === "by") return true; // a byline: "by Gram Slattery"
  // A role just before the name: "his aide Tomas Ferreyra", "envoy Ana Diaz".
  if (
    previous &&
    !previous.isCap &&
    (ROLE_NOUNS.has(previous.lower) || PERSON_TITLE_SET.has(previous.lower))
  )
    return true;
  const next = tokens[end];
  const last = tokens[end - 1];
  if (
    next &&
    !last?.lower.endsWith("'s") &&
    REPORTING_VERBS.has(next.lower) &&
    !OUTLET_VERBS.has(next.lower)
  )
    return true;
  // An appositive role: "Jane Roe, a senior aide to the minister, met …"
  if (
    next?.text === "," &&
    ["a", "an", "the"].includes(tokens[end + 1]?.lower ?? "")
  ) {
    for (let index = end + 2; index < end + 2 + APPOSITIVE_WINDOW; index += 1) {
      const token = tokens[index];
      if (!token || token.kind === "punct") break;
      if (ROLE_NOUNS.has(token.lower) || PERSON_TITLE_SET.has(token.lower))
        return true;
    }
  }
  return false;
}
