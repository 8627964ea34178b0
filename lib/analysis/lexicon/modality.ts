/**
 * Modal words: the modal verbs that soften a claim, and the words that show a modal-looking
 * word is a noun ("political will", "military might").
 */
import { toWordSet } from "./common";

/** Stance words that are modal verbs: detect-modal-change compares those. */
export const MODAL_WORDS = new Set([
  "could",
  "may",
  "might",
  "will",
  "would",
  "can",
  "should",
  "must",
  "shall",
  "would likely",
  "could potentially",
]);

// Words before "will"/"might"/"can"/"must" that make it a noun: "political will", "military
// might", "a can of", "a must". "that" is absent on purpose: "that will" is a relative clause.
export const MODAL_NOUN_MARKERS_BEFORE = toWordSet(`
  the a an his her its their our my your political popular public good free ill own people's
  military economic naval full sheer`);
