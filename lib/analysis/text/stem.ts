/**
 * A small "Porter-lite" stemmer for alignment.
 *
 * Alignment only needs inflected forms of the same word to meet ("talks"/"talk",
 * "normalized"/"normalizing"/"normalize", "countries"/"country", "largely"/"large"). Full
 * Porter also strips derivational suffixes (-ation, -ness), which conflates words that news
 * rewrites use with different meanings; this stemmer stops at inflection. Stems are keys, not
 * words: "normaliz", "agre".
 */

/** Words shorter than this take no suffix rule: "bus", "gas", "yes" carry no removable suffix. */
const MIN_SUFFIX_WORD_LENGTH = 4;

/** Consonants whose doubling is undone ("stopped" → "stop"); l, s and z double in base forms ("call", "pass", "buzz"). */
const UNDOUBLED_CONSONANTS = "bcdfgkmnprtv";

/** British endings rewritten to -iz- ("normalise" = "normalize"). */
const ISE_ENDINGS = ["isations", "isation", "ising", "ised", "ises", "ise"];

/** Words where the final double-l is a spelling variant ("travelled" / "traveled"), long enough not to be "call", "fall". */
const MIN_LENGTH_FOR_LL_UNDOUBLE = 6;

function hasVowel(s: string): boolean {
  for (let i = 0; i < s.length; i++)
    if ("aeiouy".includes(s[i] ?? "")) return true;
  return false;
}

function endsWithDoubledConsonant(w: string): boolean {
  const last = w[w.length - 1] ?? "";
  return last === w[w.length - 2] && UNDOUBLED_CONSONANTS.includes(last);
}

/** Strip a suffix only when what remains still looks like a word (has a vowel, two letters or more). */
function stripIfWordRemains(word: string, suffixLength: number): string | null {
  const rest = word.slice(0, word.length - suffixLength);
  return rest.length >= 2 && hasVowel(rest) ? rest : null;
}

/** Three-letter words only lose a doubled consonant or a silent e, to meet their inflections ("add"/"added", "use"/"used"). */
function undoubleShortWord(w: string): string {
  if (w.length !== 3) return w;
  if (endsWithDoubledConsonant(w)) return w.slice(0, -1);
  return w.endsWith("e") ? w.slice(0, -1) : w;
}

/**
 * Reduce a lower-case, diacritic-free word to its inflectional stem. Apply it once to a surface
 * word: a stem is a key, and stemming a stem again may cut it further.
 */
export function stemWord(input: string): string {
  let w = input;
  if (w.length < MIN_SUFFIX_WORD_LENGTH) return undoubleShortWord(w);

  // British -ise spellings meet American -ize ("normalise" = "normalize"); the length guard spares "rise", "wise".
  if (w.length > 6) {
    const ending = ISE_ENDINGS.find((e) => w.endsWith(e));
    if (ending !== undefined)
      w = w.slice(0, w.length - ending.length) + "iz" + ending.slice(2);
  }

  // Plurals and third person.
  if (w.endsWith("ies") && w.length > 4) w = w.slice(0, -3) + "y";
  else if (w.endsWith("sses")) w = w.slice(0, -2);
  else if (
    w.endsWith("es") &&
    ("sxz".includes(w[w.length - 3] ?? "") ||
      w.endsWith("ches") ||
      w.endsWith("shes"))
  )
    w = w.slice(0, -2);
  else if (
    w.endsWith("s") &&
    !w.endsWith("ss") &&
    !w.endsWith("us") &&
    !w.endsWith("is")
  )
    w = w.slice(0, -1);

  // Past tense, participles, adverbs.
  if (w.endsWith("ied") && w.length > 4) {
    w = w.slice(0, -3) + "y";
  } else if (w.endsWith("eed")) {
    if (w.length > 5) w = w.slice(0, -1); // "agreed" → "agree"; "speed", "need" stay
  } else if (w.endsWith("ed")) {
    w = stripIfWordRemains(w, 2) ?? w;
  } else if (w.endsWith("ing")) {
    // "king" is too short; "bring", "thing" keep their -ing (no vowel would remain).
    w = (w.length > 4 ? stripIfWordRemains(w, 3) : null) ?? w;
  } else if (w.endsWith("ly") && w.length > 4) {
    const rest = stripIfWordRemains(w, 2);
    if (rest !== null) w = rest.endsWith("i") ? rest.slice(0, -1) + "y" : rest; // "happily" → "happy"
  }

  // Undone after a suffix ("stopped" → "stop") and in base forms too, so "add" and "added" meet at "ad".
  if (endsWithDoubledConsonant(w)) w = w.slice(0, -1);
  if (w.length >= MIN_LENGTH_FOR_LL_UNDOUBLE && w.endsWith("ll"))
    w = w.slice(0, -1);

  // Final silent e, so "make"/"making"/"made"… at least "make"/"making" meet at "mak".
  if (w.length > 2 && w.endsWith("e")) w = w.slice(0, -1);
  return w;
}
