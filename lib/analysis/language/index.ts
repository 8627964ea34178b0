/**
 * Language detection for article text, so non-English articles get a warning instead of
 * English-only labels. Wraps franc-min (trigram profiles of the ~80 most spoken languages).
 */
import { francAll } from "franc-min";
import { getLanguageName } from "./language-names";

/** The detected language of a text. */
export interface DetectedLanguage {
  /** ISO 639-3 code ("eng", "fra", "rus", "cmn"), or "und" when the text is too short to tell. */
  code: string;
  name: string;
  /** 0 … 1: how far the winner is ahead of the runner-up, scaled down for short samples. */
  confidence: number;
  /** true for English, and for texts too short to judge (treated as English rather than warned about). */
  isEnglish: boolean;
}

// franc reads at most 2,048 characters; the start of the body is representative of the article.
const sampleLength = 2000;
// Below this many letters trigram statistics are noise (franc calls "Trump eyes Azerbaijan deal"
// Kurdish), so no language is claimed.
const minLetters = 40;
// Samples with this many letters are long enough for full confidence.
const fullConfidenceLetters = 300;
// franc normalises distances by sample length; a lead of this many normalised units per
// character-sample (gap × sample length) is a clear win.
const clearLeadUnits = 20;
// Short Latin texts that franc puts elsewhere but scores English within this much of the winner
// are English names and jargon confusing it, not another language.
const englishRunnerUpScore = 0.95;
// That rescue applies only to samples shorter than this many letters.
const maxRescueLetters = 200;

/**
 * Detects the language of `text` from its first ~2,000 characters. Very short texts return
 * code "und" with `isEnglish: true`, so a headline-only capture is not flagged as foreign.
 */
export function detectLanguage(text: string): DetectedLanguage {
  const sample = text
    .slice(0, sampleLength * 2)
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, sampleLength);
  if (isClearlyEnglish(sample)) {
    return { code: "eng", name: getLanguageName("eng"), confidence: 1, isEnglish: true };
  }
  const letterCount = (sample.match(/\p{L}/gu) ?? []).length;
  if (letterCount < minLetters)
    return {
      code: "und",
      name: getLanguageName("und"),
      confidence: 0,
      isEnglish: true,
    };

  const ranking = francAll(sample, { minLength: minLetters });
  const [best, runnerUp] = ranking;
  if (!best || best[0] === "und")
    return {
      code: "und",
      name: getLanguageName("und"),
      confidence: 0,
      isEnglish: true,
    };
  const englishScore = ranking.find(([code]) => code === "eng")?.[1] ?? 0;
  const lengthFactor = Math.min(1, letterCount / fullConfidenceLetters);
  if (
    best[0] !== "eng" &&
    letterCount < maxRescueLetters &&
    englishScore >= englishRunnerUpScore
  ) {
    return {
      code: "eng",
      name: getLanguageName("eng"),
      confidence: round(0.5 * lengthFactor),
      isEnglish: true,
    };
  }
  const leadUnits = (1 - (runnerUp?.[1] ?? 0)) * sample.length;
  // Half the confidence comes from having enough text, half from the size of the lead.
  const confidence =
    lengthFactor * (0.5 + 0.5 * Math.min(1, leadUnits / clearLeadUnits));
  return {
    code: best[0],
    name: getLanguageName(best[0]),
    confidence: round(confidence),
    isEnglish: best[0] === "eng",
  };
}

/** Rounds to two decimals so results are stable across platforms. */
function round(value: number): number {
  return Math.round(value * 100) / 100;
}

// Fast path: in running English prose about 40 % of words are these function words (the, of,
// and, to, …); in French, Spanish, German or Turkish text fewer than 5 % are, because the few
// shared spellings ("a", "in", "on") are rare there. 25 % over at least 30 words is unambiguous,
// and it costs microseconds where franc's trigram ranking costs about 2 ms per article.
const englishFunctionWords = new Set(
  "the of and to in is that for on with as was were by it at from be have has had are this which their his her its an not but or been will would said who they he she".split(" "),
);
const fastPathMinWords = 30;
const fastPathShare = 0.25;
const wordPattern = /[A-Za-z]+/g;

/** True when the sample is unmistakably English by its function words (no franc needed). */
function isClearlyEnglish(sample: string): boolean {
  let words = 0;
  let functionWords = 0;
  for (const match of sample.matchAll(wordPattern)) {
    words += 1;
    if (englishFunctionWords.has(match[0].toLowerCase())) functionWords += 1;
  }
  // Words in other scripts do not match [A-Za-z]: require ASCII letters to be nearly all letters
  // (accented Latin, Cyrillic, Arabic … count against it). A char-code loop, no arrays.
  let ascii = 0;
  let other = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) ascii += 1;
    else if (code > 127 && /\p{L}/u.test(sample[i] ?? "")) other += 1;
  }
  return words >= fastPathMinWords && ascii >= (ascii + other) * 0.9 && functionWords >= words * fastPathShare;
}
