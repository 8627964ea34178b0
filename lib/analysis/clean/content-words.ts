/**
 * Content-word vocabularies and their overlap: the lexical signal that tells an appended story
 * from the article it follows.
 */

// Function words and newsroom boilerplate that every story shares; counting them would make any
// two English stories look related.
const stopWords = new Set(
  (
    "a about above after again against all also am an and any are as at be because been before being below " +
    "between both but by can could did do does doing down during each even ever every few for from further " +
    "had has have having he her here hers herself him himself his how however if in into is it its itself " +
    "just least less like made make many may me might more most much must my myself near new no nor not now " +
    "of off on once one only or other others our ours out over own per said same say says saying she should " +
    "since so some still such than that the their theirs them then there these they this those though " +
    "through to too told under until up upon us very via was we were what when where whether which while " +
    "who whom whose why will with within without would year years yet you your yours according added " +
    "week weeks month months day days time two three four five first last including well " +
    "monday tuesday wednesday thursday friday saturday sunday mr mrs ms dr"
  ).split(" "),
);

// Shorter tokens are mostly initials and unit symbols, too ambiguous to count as shared topic words.
const minWordLength = 3;

// Cost guard: a block's vocabulary is judged on its first words; a story's topic is set early.
const defaultWordCap = 400;

/**
 * Lower-cased content words of `text` (letters only, stop words and short tokens dropped, a plural
 * "s" stripped), at most `cap` of them, in order of appearance.
 */
export function extractContentWords(
  text: string,
  cap: number = defaultWordCap,
): string[] {
  const words: string[] = [];
  const pattern = /\p{L}[\p{L}\p{M}'’-]*/gu;
  let match: RegExpExecArray | null;
  while (words.length < cap && (match = pattern.exec(text)) !== null) {
    const word = normaliseWord(match[0]);
    if (word.length >= minWordLength && !stopWords.has(word)) words.push(word);
  }
  return words;
}

/**
 * Share of the word occurrences of `block` that also occur in `article` (0 … 1). Containment
 * rather than Jaccard, so a short block is not penalised for the article being long; counted over
 * occurrences rather than distinct words, so a block's repeated topic words weigh in and the
 * score drops less with the block's length.
 */
export function measureContainment(
  block: readonly string[],
  article: ReadonlySet<string>,
): number {
  if (block.length === 0) return 0;
  let shared = 0;
  for (const word of block) if (article.has(word)) shared++;
  return shared / block.length;
}

/** Lower-cases a token, drops possessive endings and a plural "s" so "talks"/"talk" meet. */
function normaliseWord(token: string): string {
  let word = token
    .toLowerCase()
    .replace(/['’]s?$/, "")
    .replace(/['’-]+$/, "");
  if (word.length > 4 && word.endsWith("s") && !word.endsWith("ss"))
    word = word.slice(0, -1);
  return word;
}
