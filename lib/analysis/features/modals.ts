/**
 * Modal verbs with a certainty on a 0 … 1 scale. Contractions and negated forms map to their
 * base modal ("won't" → will, "can't"/"cannot" → can); the negation itself is reported by the
 * negation detector, so "will" → "won't" shows as a negation change, not a certainty change.
 */
import type { ModalMention } from "../types";
import { PRONOUNS } from "../lexicon/common";
import type { SentenceView, Token } from "../text/tokenize";
import { defineWordClass, hasWordClass } from "../text/word-classes";
import { MODAL_NOUN_MARKERS_BEFORE } from "../lexicon/modality";

// Certainty a reader takes from each modal in a news claim. "might" is the weakest possibility,
// "may"/"could" plain possibility; "would" is conditional-but-expected; "should" and "can" state
// expectation or capability; "will"/"shall" predict; "must" leaves no alternative. Only the order
// and rough gaps matter to the classifier ("could" → "will" is a hardening of 0.5).
const MODAL_STRENGTHS: ReadonlyMap<string, number> = new Map([
  ["might", 0.3],
  ["may", 0.4],
  ["could", 0.4],
  ["would", 0.6],
  ["should", 0.7],
  ["ought to", 0.7],
  ["can", 0.7],
  ["will", 0.9],
  ["shall", 0.9],
  ["must", 1.0],
]);

/** Written forms → base modal. "'d" is left out: "he'd" is as often "he had" as "he would". */
const MODAL_FORMS: ReadonlyMap<string, string> = new Map([
  ["might", "might"],
  ["mightn't", "might"],
  ["may", "may"],
  ["could", "could"],
  ["couldn't", "could"],
  ["would", "would"],
  ["wouldn't", "would"],
  ["should", "should"],
  ["shouldn't", "should"],
  ["can", "can"],
  ["cannot", "can"],
  ["can't", "can"],
  ["will", "will"],
  ["won't", "will"],
  ["shall", "shall"],
  ["shan't", "shall"],
  ["must", "must"],
  ["mustn't", "must"],
]);

/** Written modals, "ought" and "'ll" contractions: findModals rules out other words with a bit test. */
const MODAL_CLASS = defineWordClass(
  (lower) =>
    MODAL_FORMS.has(lower) ||
    lower === "ought" ||
    (lower.endsWith("'ll") && lower.length > 3),
);

/**
 * true when the modal-looking token at `index` is a noun or the month "May" rather than a modal.
 * Exported for the stance detector, which lists could/may/might/will too.
 */
export function isModalNounUse(
  tokens: readonly Token[],
  index: number,
  firstWordIndex: number,
): boolean {
  const token = tokens[index];
  if (!token) return false;
  if (token.lower === "may") {
    // "May" capitalised mid-sentence, or followed by a day or year, is the month.
    const next = tokens[index + 1];
    return (token.isCap && index !== firstWordIndex) || next?.kind === "number";
  }
  if (
    token.lower === "will" ||
    token.lower === "might" ||
    token.lower === "can" ||
    token.lower === "must"
  ) {
    const previous = tokens[index - 1];
    const next = tokens[index + 1];
    if (MODAL_NOUN_MARKERS_BEFORE.has(previous?.lower ?? "") || next?.lower === "of")
      return true;
    // "the will." is a noun; "it will." is an elided verb phrase.
    return (
      (next === undefined || next.kind === "punct") &&
      !PRONOUNS.has(previous?.lower ?? "")
    );
  }
  return false;
}

/** Every modal verb in the sentence, with absolute offsets. */
export function findModals(view: SentenceView): ModalMention[] {
  const { tokens, text } = view;
  const firstWord = tokens.findIndex((token) => token.kind !== "punct");
  const mentions: ModalMention[] = [];
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token || token.kind !== "word" || !hasWordClass(token, MODAL_CLASS))
      continue;
    let word = MODAL_FORMS.get(token.lower);
    let end = token.end;
    if (token.lower === "ought" && tokens[index + 1]?.lower === "to") {
      word = "ought to";
      end = tokens[index + 1]?.end ?? end;
    } else if (
      word === undefined &&
      token.lower.endsWith("'ll") &&
      token.lower.length > 3
    ) {
      word = "will"; // "we'll", "it'll"
    }
    if (word === undefined || isModalNounUse(tokens, index, firstWord))
      continue;
    mentions.push({
      start: token.start,
      end,
      text: text.slice(token.start, end),
      word,
      strength: MODAL_STRENGTHS.get(word) ?? 0.5,
    });
  }
  return mentions;
}
