/**
 * Source noun phrases around a reporting verb: "three of the sources", "a senior U.S. official",
 * "Secretary of State Marco Rubio", "five sources familiar with the matter". A shallow walker
 * over tokens, bounded in length, built for the attribution detector.
 */
import {
  FUNCTION_WORDS,
  NUMBER_WORDS,
  isLikelyAdjective,
  toWordSet,
} from "../lexicon/common";
import {
  INSTITUTION_NOUNS,
  OFFICE_HOLDERS,
  PUBLICATION_NOUNS,
  REPORTING_VERBS,
  ROLE_NOUNS,
  STATEMENT_NOUNS,
} from "../lexicon/sources";
import { compilePhrases, matchPhraseAt } from "./phrases";
import type { Token } from "../text/tokenize";

/**
 * A source phrase: tokens [start, end) as written, [start, coreEnd) without its post-modifier
 * ("five sources" in "five sources familiar with the matter"), its head noun, and whether it is
 * unnamed on purpose.
 */
export interface NounPhrase {
  start: number;
  end: number;
  coreEnd: number;
  head: number;
  isAnonymous: boolean;
}

// A source phrase longer than this is a clause, not a name ("Secretary of State Marco Rubio"
// has five tokens; "a senior Western diplomat familiar with the matter" has eight).
const MAX_PHRASE_TOKENS = 10;
// How far back from a verb a post-modifier such as "familiar with the matter" may start.
const MAX_POSTMODIFIER_TOKENS = 7;
// How far an appositive between commas may reach ("Steve Witkoff, Trump's special envoy, said").
const MAX_APPOSITIVE_TOKENS = 12;

const SUBJECT_PRONOUNS = toWordSet("he she it they we i");
const PHRASE_DETERMINERS = toWordSet(
  "the a an those these this its his her their our some many several both all other most few each one any",
);
const PARTITIVE_COUNTERS = toWordSet(
  "one some many several most all none each both few",
);
const SOURCE_MODIFIERS = toWordSet(`
  senior former top chief deputy local regional western eastern unnamed anonymous other key
  government health military security intelligence foreign state defense defence interior finance
  trade energy presidential special campaign party opposition ruling independent first vice
  white house embassy ministry palace`);

// Post-modifiers that keep the head noun before them ("sources familiar with the matter");
// the value says whether they mark the source as unnamed on purpose.
const POSTMODIFIERS = compilePhrases<boolean>([
  ["familiar with", true],
  ["with knowledge of", true],
  ["with direct knowledge of", true],
  ["briefed on", true],
  ["close to", true],
  ["involved in", true],
  ["aware of", true],
  ["knowledgeable about", true],
  ["quoted by", false],
  ["cited by", false],
  ["interviewed by", false],
]);
/** "officials in Yerevan", "sources inside the ministry": only after a role noun. */
const PLACE_POSTMODIFIERS = compilePhrases<boolean>(
  ["in", "inside", "within", "at", "from"].map(
    (word) => [word, false] as const,
  ),
);
const ANONYMITY_WORDS = toWordSet(
  "anonymity named identified authorized authorised",
);

/** Can this word be the one speaking? Capitalised names, role and institution nouns, pronouns. */
export function isSourceHead(token: Token): boolean {
  if (token.kind !== "word") return false;
  if (token.isCap) return !FUNCTION_WORDS.has(token.lower);
  const lower = token.lower;
  return (
    ROLE_NOUNS.has(lower) ||
    OFFICE_HOLDERS.has(lower) ||
    INSTITUTION_NOUNS.has(lower) ||
    PUBLICATION_NOUNS.has(lower) ||
    STATEMENT_NOUNS.has(lower)
  );
}

function isModifierWord(token: Token): boolean {
  if (token.kind === "number") return true;
  if (token.kind !== "word") return false;
  if (token.isCap) return true;
  const lower = token.lower;
  return (
    lower.endsWith("'s") || // "the minister's aide"
    NUMBER_WORDS.has(lower) ||
    SOURCE_MODIFIERS.has(lower) ||
    ROLE_NOUNS.has(lower) ||
    INSTITUTION_NOUNS.has(lower) ||
    isLikelyAdjective(lower)
  );
}

/** The source phrase ending at token `last` (inclusive), walking left. */
export function findNounPhraseBefore(
  tokens: readonly Token[],
  last: number,
): NounPhrase | null {
  if (last < 0) return null;
  let headIndex = last;
  let end = last + 1;
  let isAnonymous = false;
  const postmodifier = findPostmodifierStart(tokens, last);
  if (postmodifier) {
    headIndex = postmodifier.start - 1;
    isAnonymous = postmodifier.isAnonymous;
  } else if (tokens[last]?.text === ",") {
    const appositive = skipAppositive(tokens, last);
    if (!appositive) return null;
    headIndex = appositive.headIndex;
    end = headIndex + 1;
    isAnonymous = appositive.isAnonymous;
  }
  const head = tokens[headIndex];
  if (!head) return null;
  if (SUBJECT_PRONOUNS.has(head.lower))
    return {
      start: headIndex,
      end: headIndex + 1,
      coreEnd: headIndex + 1,
      head: headIndex,
      isAnonymous,
    };
  if (!isSourceHead(head)) return null;
  let start = headIndex;
  while (start > 0 && headIndex - start < MAX_PHRASE_TOKENS) {
    const token = tokens[start - 1];
    if (!token) break;
    if (PHRASE_DETERMINERS.has(token.lower) && !token.isCap) {
      start -= 1;
      const of = tokens[start - 1];
      const counter = tokens[start - 2];
      if (
        of?.lower === "of" &&
        counter &&
        (counter.kind === "number" ||
          NUMBER_WORDS.has(counter.lower) ||
          PARTITIVE_COUNTERS.has(counter.lower))
      ) {
        start -= 2; // "two of the sources"
      }
      break;
    }
    if (
      token.lower === "of" &&
      tokens[start - 2]?.isCap &&
      tokens[start]?.isCap
    ) {
      start -= 1; // "Secretary of State"
      continue;
    }
    if (
      !isModifierWord(token) ||
      (token.isCap &&
        FUNCTION_WORDS.has(token.lower) &&
        !PHRASE_DETERMINERS.has(token.lower))
    )
      break;
    start -= 1;
  }
  return { start, end, coreEnd: headIndex + 1, head: headIndex, isAnonymous };
}

function findPostmodifierStart(
  tokens: readonly Token[],
  last: number,
): { start: number; isAnonymous: boolean } | null {
  for (
    let start = last;
    start > 0 && last - start < MAX_POSTMODIFIER_TOKENS;
    start -= 1
  ) {
    const token = tokens[start];
    if (!token || token.kind === "punct") return null;
    const before = tokens[start - 1];
    if (!before) continue;
    const hit = matchPhraseAt(tokens, start, POSTMODIFIERS);
    if (hit && isSourceHead(before)) return { start, isAnonymous: hit.value };
    const place = matchPhraseAt(tokens, start, PLACE_POSTMODIFIERS);
    const object =
      tokens[start + 1]?.lower === "the"
        ? tokens[start + 2]
        : tokens[start + 1];
    if (place && ROLE_NOUNS.has(before.lower) && object?.isCap)
      return { start, isAnonymous: false };
  }
  return null;
}

/** ", who requested anonymity," / ", Trump's special envoy," before a verb: the head is before it. */
function skipAppositive(
  tokens: readonly Token[],
  closingComma: number,
): { headIndex: number; isAnonymous: boolean } | null {
  for (
    let index = closingComma - 1;
    index > 0 && closingComma - index < MAX_APPOSITIVE_TOKENS;
    index -= 1
  ) {
    const token = tokens[index];
    if (!token) return null;
    if (token.text !== ",") continue;
    const opener = tokens[index + 1];
    const openerLower = opener?.lower ?? "";
    const isAppositive =
      [
        "who",
        "speaking",
        "asked",
        "a",
        "an",
        "the",
        "his",
        "her",
        "its",
        "their",
        "which",
      ].includes(openerLower) ||
      (opener?.isCap === true && opener.lower.endsWith("'s"));
    if (!isAppositive) return null;
    const isAnonymous = tokens
      .slice(index + 1, closingComma)
      .some((inner) => ANONYMITY_WORDS.has(inner.lower));
    return { headIndex: index - 1, isAnonymous };
  }
  return null;
}

/** The source phrase starting at token `start`, walking right ("a U.S. official", "five sources …"). */
export function findNounPhraseAfter(
  tokens: readonly Token[],
  start: number,
): NounPhrase | null {
  if (start < 0) return null;
  let position = start;
  let lastHead = -1;
  let unknownRun = 0;
  while (position < tokens.length && position - start < MAX_PHRASE_TOKENS) {
    const token = tokens[position];
    if (!token) break;
    const lower = token.lower;
    const isFirst = position === start;
    if (token.kind === "punct") break;
    if (PHRASE_DETERMINERS.has(lower) && !token.isCap) {
      if (!isFirst && tokens[position - 1]?.lower !== "of") break;
    } else if (lower === "of") {
      const previous = tokens[position - 1];
      const next = tokens[position + 1];
      const isPartitive =
        previous !== undefined &&
        (previous.kind === "number" ||
          NUMBER_WORDS.has(previous.lower) ||
          PARTITIVE_COUNTERS.has(previous.lower));
      if (!(isPartitive || (previous?.isCap && next?.isCap))) break;
    } else if (
      isModifierWord(token) ||
      isSourceHead(token) ||
      PUBLICATION_NOUNS.has(lower) ||
      STATEMENT_NOUNS.has(lower)
    ) {
      unknownRun = 0;
      if (isSourceHead(token) && !(token.isCap && FUNCTION_WORDS.has(lower)))
        lastHead = position;
    } else {
      // Allow one unknown noun-like word inside ("local *health* authorities"), never a verb.
      const isVerbLike =
        FUNCTION_WORDS.has(lower) ||
        REPORTING_VERBS.has(lower) ||
        lower.endsWith("ing") ||
        (lower.endsWith("ed") && lower.length > 4);
      unknownRun += 1;
      if (isVerbLike || unknownRun > 1) break;
    }
    position += 1;
  }
  if (lastHead < 0) return null;
  let end = lastHead + 1;
  let isAnonymous = false;
  const postmodifier = matchPhraseAt(tokens, end, POSTMODIFIERS);
  if (postmodifier?.value) {
    isAnonymous = true;
    end = postmodifier.end;
    // "… with knowledge of the matter": take the object up to punctuation, a verb or 4 words.
    for (let taken = 0; taken < 4; taken += 1) {
      const token = tokens[end];
      if (
        !token ||
        token.kind === "punct" ||
        REPORTING_VERBS.has(token.lower) ||
        (FUNCTION_WORDS.has(token.lower) &&
          !PHRASE_DETERMINERS.has(token.lower))
      )
        break;
      end += 1;
    }
  } else if (tokens[end]?.text === "," && tokens[end + 1]?.lower === "who") {
    isAnonymous = tokens
      .slice(end + 1, end + 9)
      .some((token) => ANONYMITY_WORDS.has(token.lower));
  }
  return { start, end, coreEnd: lastHead + 1, head: lastHead, isAnonymous };
}
