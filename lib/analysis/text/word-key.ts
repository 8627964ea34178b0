/**
 * The word key of the token model: what alignment and the classify stage compare a word by.
 * Lower-case, diacritic-free, possessive-free, stemmed; number words and grouped digits become
 * plain digits ("Trump's" → "trump", "countries" → "country", "five" → "5", "60,000" → "60000").
 * A pure function of the spelling, computed once per distinct spelling (token-spellings.ts).
 */
import { NUMBER_VALUES } from "../lexicon/common";
import { STOP_WORDS, WEAK_WORDS } from "../lexicon/function-words";
import { stemWord } from "./stem";

/** The normalised key of one spelling, with its flags. */
export interface WordKey {
  readonly norm: string;
  /** A function word ("the", "of", "was") that carries no claim content. */
  readonly isStop: boolean;
  /** A negation, modal or quantifier: kept (later stages read it) but weighted low by alignment. */
  readonly isWeak: boolean;
}

const COMBINING_MARKS = /\p{M}+/gu;

function hasDigit(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 48 && code <= 57) return true;
  }
  return false;
}

function foldWord(surface: string): string {
  let w = surface.toLowerCase();
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(w)) {
    w = w
      .normalize("NFD")
      .replace(COMBINING_MARKS, "")
      .replace(/[\u2019\u2018\u02bc]/g, "'")
      .replace(/[\u2010\u2011]/g, "-");
  }
  return w;
}

/** The key of one hyphen-free spelling as written. */
export function computeWordKey(surface: string): WordKey {
  let w = foldWord(surface);
  // Acronyms: "U.S." → "us", "US" → "us". Never a stop word, never stemmed.
  if (w.includes(".") && /^(?:[a-z]\.)+[a-z]?\.?$/.test(w)) {
    return { norm: w.replace(/\./g, ""), isStop: false, isWeak: false };
  }
  if (hasDigit(w))
    return { norm: w.replace(/,/g, ""), isStop: false, isWeak: false };
  // All-caps short words are acronyms ("US", "UN", "NATO"); longer all-caps words are shouting, processed as words.
  const isAcronym = /^[A-Z]{2,5}$/.test(surface);
  if (isAcronym) return { norm: w, isStop: false, isWeak: false };

  const apostrophe = w.indexOf("'");
  if (apostrophe >= 0) {
    if (w.endsWith("n't")) return { norm: "not", isStop: false, isWeak: true }; // "doesn't", "won't"
    const clitic = /'(s|re|ve|ll|d|m)$/.exec(w);
    w = clitic ? w.slice(0, clitic.index) : w;
    w = w.replace(/'/g, ""); // "O'Brien" → "obrien"
  }
  const number = NUMBER_VALUES.get(w);
  if (number !== undefined)
    return { norm: String(number), isStop: false, isWeak: false };
  if (STOP_WORDS.has(w)) return { norm: w, isStop: true, isWeak: false };
  if (WEAK_WORDS.has(w)) return { norm: w, isStop: false, isWeak: true };
  return { norm: stemWord(w), isStop: false, isWeak: false };
}

/** Tens and units of a spelled number compound: "twenty-five" → 25; null otherwise ("3-2" is a score). */
export function readNumberCompound(parts: readonly { norm: string; text: string }[]): number | null {
  const [tens, units] = parts;
  if (parts.length !== 2 || tens === undefined || units === undefined) return null;
  if (/\d/.test(tens.text) || /\d/.test(units.text)) return null;
  const t = Number(tens.norm);
  const u = Number(units.norm);
  const isTens = Number.isInteger(t) && t >= 20 && t <= 90 && t % 10 === 0;
  return isTens && Number.isInteger(u) && u >= 1 && u <= 9 ? t + u : null;
}
