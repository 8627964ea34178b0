/**
 * Unknowns — explicit statements of ignorance ("it is unclear", "could not determine",
 * "declined to comment") — and conditions ("a precondition to join", "if …", "unless …",
 * "provided that …", "in exchange for …"). Dropping either is a hardening, so both are spans.
 */
import type { Span } from "../types";
import { toWordSet } from "../lexicon/common";
import { compilePhrases, findPhrases, matchPhraseAt } from "./phrases";
import { findFirstWordIndex, type SentenceView, type Token } from "../text/tokenize";
import { IF_AS_WHETHER, INVERSION_OPENERS, UNKNOWN_SKIPPABLE } from "../lexicon/negation";

const UNKNOWN_TABLE = compilePhrases(
  [
    "it is unclear",
    "it was unclear",
    "it remains unclear",
    "it remained unclear",
    "it is not clear",
    "it was not clear",
    "it is not known",
    "it was not known",
    "it remains to be seen",
    "unclear",
    "unknown",
    "not known",
    "not clear",
    "could not determine",
    "could not be determined",
    "could not confirm",
    "could not be confirmed",
    "could not verify",
    "could not be verified",
    "was unable to determine",
    "was unable to confirm",
    "was unable to verify",
    "were unable to determine",
    "were unable to confirm",
    "did not say",
    "did not specify",
    "did not disclose",
    "did not elaborate",
    "did not name",
    "did not identify",
    "did not provide details",
    "did not respond",
    "did not discuss",
    "declined to say",
    "declined to name",
    "declined to comment",
    "declined to elaborate",
    "declined to specify",
    "declined to identify",
    "declined to disclose",
    "declined to discuss",
    "would not say",
    "would not comment",
    "would not confirm",
    "not immediately known",
    "no details",
    "not disclosed",
    "not been disclosed",
    "undisclosed",
    "unidentified",
  ].map((phrase) => [phrase, phrase] as const),
);

// Triggers whose span runs to the end of the clause ("if being in the same club …,").
const CONDITION_TABLE = compilePhrases(
  [
    "if",
    "only if",
    "unless",
    "provided that",
    "providing that",
    "provided",
    "as long as",
    "so long as",
    "in exchange for",
    "in return for",
    "on condition that",
    "on the condition that",
    "precondition",
    "preconditions",
    "condition",
    "conditions for",
    "conditions on",
    "conditional on",
    "conditioned",
    "contingent on",
    "contingent upon",
    "subject to",
    "depends on",
    "depending on",
    "hinges on",
    "prerequisite",
    "prerequisites",
  ].map((phrase) => [phrase, phrase] as const),
);
// A condition's clause rarely runs longer; past this it has probably swallowed the main clause.
const MAX_CONDITION_TOKENS = 20;
const INVERTED_SUBJECT_STARTS = toWordSet(
  "the those these this that a an it they he she we talks any",
);
const SENTENCE_END_RE = /[.!?]/;
const CLAUSE_BREAKS = toWordSet(', ; : — – ) ” "');

/** Explicit statements that something is not known. */
export function findUnknowns(view: SentenceView): Span[] {
  const { tokens, text } = view;
  return findPhrases(tokens, UNKNOWN_TABLE, UNKNOWN_SKIPPABLE).flatMap(
    (hit) => {
      const first = tokens[hit.start];
      const last = tokens[hit.end - 1];
      return first && last
        ? [
            {
              start: first.start,
              end: last.end,
              text: text.slice(first.start, last.end),
            },
          ]
        : [];
    },
  );
}

/** Conditions, each spanning its trigger and the clause it governs. */
export function findConditions(view: SentenceView): Span[] {
  const { tokens, text } = view;
  const spans: Span[] = [];
  let index = 0;
  const inverted = findInvertedCondition(view);
  if (inverted) {
    spans.push(inverted.span);
    index = inverted.endIndex;
  }
  while (index < tokens.length) {
    const hit = matchPhraseAt(tokens, index, CONDITION_TABLE);
    if (!hit || !isConditionUse(tokens, hit.start, hit.phrase)) {
      index += 1;
      continue;
    }
    let start = hit.start;
    // "a precondition", "the condition": the article belongs to the noun.
    const article = tokens[start - 1]?.lower;
    if (
      hit.phrase.includes("condition") &&
      !hit.phrase.startsWith("on") &&
      (article === "a" || article === "the" || article === "as")
    )
      start -= 1;
    let end = hit.end;
    while (
      end < tokens.length &&
      end - hit.end < MAX_CONDITION_TOKENS &&
      !CLAUSE_BREAKS.has(tokens[end]?.text ?? "")
    )
      end += 1;
    const first = tokens[start];
    const last = tokens[end - 1];
    if (first && last)
      spans.push({
        start: first.start,
        end: trimEnd(text, first.start, last.end),
        text: "",
      });
    index = Math.max(end, index + 1);
  }
  return spans.map((span) => ({
    ...span,
    text: text.slice(span.start, span.end),
  }));
}

/** "Should those pieces fall into place, …": a sentence-initial inverted conditional. */
function findInvertedCondition(
  view: SentenceView,
): { span: Span; endIndex: number } | null {
  const { tokens, text } = view;
  const firstIndex = findFirstWordIndex(tokens);
  const first = tokens[firstIndex];
  const second = tokens[firstIndex + 1];
  if (
    !first ||
    !second ||
    !INVERSION_OPENERS.has(first.lower) ||
    !INVERTED_SUBJECT_STARTS.has(second.lower)
  )
    return null;
  if (tokens[tokens.length - 1]?.text === "?") return null; // "Should we wait?" asks, it does not condition
  let end = firstIndex + 1;
  while (
    end < tokens.length &&
    end - firstIndex < MAX_CONDITION_TOKENS &&
    !CLAUSE_BREAKS.has(tokens[end]?.text ?? "")
  )
    end += 1;
  if (tokens[end]?.text !== ",") return null;
  const last = tokens[end - 1];
  if (!last) return null;
  return {
    span: {
      start: first.start,
      end: last.end,
      text: text.slice(first.start, last.end),
    },
    endIndex: end,
  };
}

function trimEnd(text: string, start: number, end: number): number {
  let trimmed = end;
  while (trimmed > start && SENTENCE_END_RE.test(text.charAt(trimmed - 1)))
    trimmed -= 1;
  return trimmed;
}

function isConditionUse(
  tokens: readonly Token[],
  start: number,
  phrase: string,
): boolean {
  const before = tokens[start - 1];
  const after = tokens[start + 1];
  switch (phrase) {
    case "if":
      // "asked if", "even if" (concessive), "as if" (comparison) are not conditions.
      return !IF_AS_WHETHER.has(before?.lower ?? "");
    case "provided":
      // "provided Baku finalizes" is a condition; "Germany provided 30%" is a verb.
      return (
        before !== undefined &&
        before.kind === "punct" &&
        after !== undefined &&
        after.kind === "word"
      );
    case "condition":
      // "on condition of anonymity" describes a source, not a condition of the claim.
      return !(before?.lower === "on" && after?.lower === "of");
    case "conditioned":
      return after?.kind === "word";
    default:
      return true;
  }
}
