/**
 * hedge-added / hedge-removed from modal verbs. Modals are compared on the word they govern:
 * "could be *reached*" against "will be *reached*" (hedge removed), "will be *signed*" against
 * "may be *signed*" (hedge added), and a modal against the same verb with none ("could be
 * reached" → "was reached"). Other hedges and boosters are compared by detect-stance-change.
 */
import type { ModalMention } from "../types";
import { createFinding, quoteWords } from "./reason-codes";
import {
  findGovernedWord,
  getSentenceWords,
  memoizeByView,
  type SentenceWords,
} from "./sentence-words";
import type { Detector, Finding, SentenceView } from "./types";

// A change of at least this much certainty is a hedge change: could (0.4) → would (0.6) is 0.2
// and ordinary rewording; could → will (0.5), may → should (0.3) or will → may (0.5) is not.
const MIN_CERTAINTY_GAP = 0.25;
// Modal strengths are decimals (0.9 - 0.6 is 0.30000000000000004): compare with a tolerance.
const FLOAT_TOLERANCE = 1e-9;
// A verb with no modal ("the deal was reached") is asserted: as certain as "will".
const ASSERTED_STRENGTH = 0.9;
// "said it would not recognize" is reported speech: "would" there is "will" in the past, so a
// rewrite's "says it will not recognize" changes tense, not certainty.
const REPORTED_WOULD_STRENGTH = 0.9;
interface Governed {
  /** The base modal ("won't" → "will"). */
  word: string;
  modal: ModalMention;
  strength: number;
  governed: string | null;
  governedText: string;
  /** From the modal to the governed word: "could be reached". */
  phrase: string;
}

/** Compares the certainty modals give to the words they govern. */
export const detectModalChange: Detector = (ref, der) => {
  const findings: Finding[] = [];
  const refModals = ref.flatMap((view) => listGoverned(view));
  const derModals = listGoverned(der);
  if (refModals.length === 0 && derModals.length === 0) return findings; // no modal on either side
  const derWords = getSentenceWords(der);
  const refWords = ref.map((view) => getSentenceWords(view));
  const pairedDer = new Set<Governed>();
  for (const item of refModals) {
    if (item.governed === null) continue;
    const partner = derModals.find(
      (candidate) =>
        !pairedDer.has(candidate) && candidate.governed === item.governed,
    );
    if (partner) {
      pairedDer.add(partner);
      // The same modal on both sides is the same certainty, and "would" ↔ "will" around a
      // reporting verb on either side is a tense shift ("said it would" / "says it will").
      const isSame =
        partner.word === item.word ||
        (isWouldWill(item.word, partner.word) &&
          (isReported(ref) || isReported([der])));
      if (!isSame)
        pushGap(
          findings,
          item.strength,
          partner.strength,
          item.phrase,
          partner.phrase,
        );
    } else if (hasUnmodalised(derWords, derModals, item.governed)) {
      pushGap(
        findings,
        item.strength,
        ASSERTED_STRENGTH,
        item.phrase,
        findGovernedSurface(der, derWords, item.governed),
      );
    }
  }
  for (const item of derModals) {
    if (pairedDer.has(item) || item.governed === null) continue;
    const governed = item.governed;
    const isRefModal = refModals.some(
      (candidate) => candidate.governed === governed,
    );
    if (
      !isRefModal &&
      refWords.some((sentence) => hasUnmodalised(sentence, [], governed))
    ) {
      const refSide = ref.find((view) =>
        getSentenceWords(view).content.has(governed),
      );
      pushGap(
        findings,
        ASSERTED_STRENGTH,
        item.strength,
        refSide
          ? findGovernedSurface(refSide, getSentenceWords(refSide), governed)
          : item.governedText,
        item.phrase,
      );
    }
  }
  return findings;
};

function isWouldWill(a: string, b: string): boolean {
  return (a === "would" && b === "will") || (a === "will" && b === "would");
}

function isReported(views: readonly SentenceView[]): boolean {
  return views.some((view) => view.features.attributions.length > 0);
}

function pushGap(
  findings: Finding[],
  refStrength: number,
  derStrength: number,
  refText: string,
  derText: string,
): void {
  const gap = derStrength - refStrength;
  if (Math.abs(gap) + FLOAT_TOLERANCE < MIN_CERTAINTY_GAP) return;
  const evidence = { reference: refText, derivative: derText };
  if (gap < 0) {
    findings.push(
      createFinding(
        "hedge-added",
        `${quoteWords(refText)} became ${quoteWords(derText)}: less certain than the reference.`,
        evidence,
      ),
    );
  } else {
    findings.push(
      createFinding(
        "hedge-removed",
        `${quoteWords(refText)} became ${quoteWords(derText)}: more certain than the reference.`,
        evidence,
      ),
    );
  }
}

const listGoverned = memoizeByView((view: SentenceView): Governed[] => {
  const sentence = getSentenceWords(view);
  const isReported = view.features.attributions.length > 0;
  return view.features.modals.map((modal) => {
    const word = findGovernedWord(sentence, modal.end);
    const strength =
      modal.word === "would" && isReported
        ? REPORTED_WOULD_STRENGTH
        : modal.strength;
    return {
      word: modal.word,
      modal,
      strength,
      governed: word?.norm ?? null,
      governedText: word ? view.text.slice(word.start, word.end) : "",
      phrase: word ? view.text.slice(modal.start, word.end) : modal.text,
    };
  });
});

function findGovernedSurface(
  view: SentenceView,
  sentence: SentenceWords,
  governed: string,
): string {
  const word = sentence.words.find((candidate) => candidate.norm === governed);
  return word ? view.text.slice(word.start, word.end) : governed;
}

/** true when `governed` occurs in the sentence and no modal of the sentence bears on it. */
function hasUnmodalised(
  sentence: SentenceWords,
  modals: readonly Governed[],
  governed: string,
): boolean {
  if (!sentence.content.has(governed)) return false;
  return !modals.some((item) => item.governed === governed);
}
