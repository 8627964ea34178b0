/**
 * hedge-added / hedge-removed and booster-added / booster-removed from stance words: hedges
 * ("reportedly", "likely", "expected to", "a potential …") and boosters ("clearly",
 * "officially"), compared as counts: a swap of one hedge for another is wording, an extra one is
 * a change. Modal verbs are compared by detect-modal-change, reporting verbs by the attribution
 * detectors, quoted words by the quote detector.
 */
import type { StanceMention } from "../types";
import { EVIDENTIAL_HEDGES } from "../lexicon/attribution";
import { createFinding, quoteWords } from "./reason-codes";
import {
  findGovernedWord,
  getSentenceWords,
  isInside,
  memoizeByView,
  overlapsAny,
  type SentenceWords,
} from "./sentence-words";
import type { Detector, Finding, SentenceView } from "./types";
import { MODAL_WORDS } from "../lexicon/modality";

/** Compares hedges and boosters other than modal verbs. */
export const detectStanceChange: Detector = (ref, der) => {
  const findings: Finding[] = [];
  compareStances(ref, der, findings, "hedge");
  compareStances(ref, der, findings, "booster");
  return findings;
};

/**
 * A hedge or booster bears on the word after it ("*reportedly* close", "*largely* symbolic", "a
 * *potential* expansion"). It counts as added or removed only when that word is on the other
 * side too: otherwise it belongs to a part of the sentence the other side does not carry, or it
 * is just how the derivative names a thing ("a potential expansion" for "eyes bringing").
 */
function isBearingOn(
  view: SentenceView,
  stance: StanceMention,
  others: readonly SentenceWords[],
): boolean {
  const word = findGovernedWord(getSentenceWords(view), stance.end);
  return (
    word === null || others.some((sentence) => sentence.content.has(word.norm))
  );
}

/** Stance mentions, minus modals, reporting verbs and quoted words. */
const listComparedStances = memoizeByView(
  (view: SentenceView): StanceMention[] => {
    const { attributions, quotes } = view.features;
    return view.features.stances.filter(
      (stance) =>
        !MODAL_WORDS.has(stance.word) &&
        !overlapsAny(attributions, stance.start, stance.end) &&
        !isInside(quotes, stance.start, stance.end),
    );
  },
);

function listStances(
  view: SentenceView,
  kind: StanceMention["kind"],
): StanceMention[] {
  return listComparedStances(view).filter((stance) => stance.kind === kind);
}

function viewOf(
  views: readonly SentenceView[],
  span: { start: number; end: number },
): SentenceView {
  return (
    views.find((view) => span.start >= view.start && span.end <= view.end) ??
    (views[0] as SentenceView)
  );
}

function compareStances(
  ref: readonly SentenceView[],
  der: SentenceView,
  findings: Finding[],
  kind: "hedge" | "booster",
): void {
  const refStances = ref.flatMap((view) => listStances(view, kind));
  // "sources said X" → "X, reportedly": an evidential hedge replacing a credit keeps the claim
  // sourced, so it is not an added hedge. With the credit kept ("will reportedly close, the
  // company said") it is one.
  const isRefCredited =
    ref.some((view) => view.features.attributions.length > 0) &&
    der.features.attributions.length === 0;
  const derStances = listStances(der, kind).filter(
    (stance) => !(isRefCredited && EVIDENTIAL_HEDGES.has(stance.word)),
  );
  if (refStances.length === 0 && derStances.length === 0) return; // nothing added or removed
  const derWords = [getSentenceWords(der)];
  const refWords = ref.map((view) => getSentenceWords(view));
  const refOnly = refStances.filter(
    (stance) =>
      !derStances.some((other) => other.word === stance.word) &&
      isBearingOn(viewOf(ref, stance), stance, derWords),
  );
  const derOnly = derStances.filter(
    (stance) =>
      !refStances.some((other) => other.word === stance.word) &&
      isBearingOn(der, stance, refWords),
  );
  // Swaps cancel out ("likely" → "expected to"); only the surplus on one side is a change.
  const surplus = derOnly.length - refOnly.length;
  if (surplus > 0) {
    for (const stance of derOnly.slice(refOnly.length)) {
      findings.push(
        kind === "hedge"
          ? createFinding(
              "hedge-added",
              `The derivative adds the hedge ${quoteWords(stance.text)}.`,
              { derivative: stance.text },
            )
          : createFinding(
              "booster-added",
              `The derivative adds the booster ${quoteWords(stance.text)}.`,
              { derivative: stance.text },
            ),
      );
    }
  } else if (surplus < 0) {
    for (const stance of refOnly.slice(derOnly.length)) {
      findings.push(
        kind === "hedge"
          ? createFinding(
              "hedge-removed",
              `The reference's hedge ${quoteWords(stance.text)} is gone.`,
              { reference: stance.text },
            )
          : createFinding(
              "booster-removed",
              `The reference's booster ${quoteWords(stance.text)} is gone.`,
              { reference: stance.text },
            ),
      );
    }
  }
}
