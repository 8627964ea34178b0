/**
 * unknown-contradicted (altered): the reference says something is not known ("it was not clear
 * which other countries were contacted") and the derivative asserts it — naming what the
 * reference lists only as candidates after its statement of ignorance ("Uzbekistan and
 * Tajikistan were contacted"), or asserting the unknown with "also" ("other countries were also
 * contacted"). Only statements of ignorance in, or next to, the reference sentences the
 * derivative was aligned to count; a derivative that keeps the ignorance ("it is unclear …") or
 * hedges ("may have") asserts nothing.
 */
import {
  findPositions,
  getReferenceIndex,
  type UnknownStatement,
} from "./reference-index";
import { createFinding, quoteWords } from "./reason-codes";
import { getSentenceWords } from "./sentence-words";
import { getKeyedEntities, isSameName } from "./name-match";
import type { Detector, SentenceView } from "./types";
import { HEDGING_MODALS } from "../lexicon/negation";

// A statement of ignorance usually follows the claim it qualifies ("X contacted Kazakhstan. It
// was not clear which others …"), so the sentence right after an aligned one counts too.
const NEIGHBOUR_DISTANCE = 1;
const ALSO_KEY = "also";
// "were *also* contacted", "also *quietly* approached": the asserted verb follows within a few words.
const ALSO_REACH = 3;

function isHedged(view: SentenceView): boolean {
  return (
    view.features.modals.some((modal) => HEDGING_MODALS.has(modal.word)) ||
    view.features.stances.some((stance) => stance.kind === "hedge")
  );
}

/** Finds assertions of what the reference says is not known. */
export const detectUnknownContradicted: Detector = (ref, der, ctx) => {
  if (der.features.unknowns.length > 0 || isHedged(der)) return [];
  const index = getReferenceIndex(ctx);
  if (index.unknowns.length === 0) return [];
  const positions = findPositions(index, ref);
  const relevant = index.unknowns.filter((statement) =>
    positions.some(
      (position) => Math.abs(position - statement.index) <= NEIGHBOUR_DISTANCE,
    ),
  );
  for (const statement of relevant) {
    const named = findNamedCandidate(der, statement);
    const unknownText = describeUnknown(
      ctx.referenceSentences[statement.index],
    );
    if (named) {
      return [
        createFinding(
          "unknown-contradicted",
          `The reference says ${quoteWords(unknownText)}; the derivative names ${quoteWords(named)}.`,
          { reference: unknownText, derivative: named },
        ),
      ];
    }
    const also = findAlsoAssertion(der, statement);
    if (also) {
      return [
        createFinding(
          "unknown-contradicted",
          `The reference says ${quoteWords(unknownText)}; the derivative asserts it: ${quoteWords(also)}.`,
          { reference: unknownText, derivative: also },
        ),
      ];
    }
  }
  return [];
};

function findNamedCandidate(
  der: SentenceView,
  statement: UnknownStatement,
): string | null {
  if (statement.candidateNames.length === 0) return null;
  const entity = getKeyedEntities(der).find((item) =>
    item.keys.some((key) =>
      statement.candidateNames.some((name) => isSameName(name, key)),
    ),
  );
  return entity?.text ?? null;
}

/** "… were *also* contacted": "also" next to a content word of the unknown statement. */
function findAlsoAssertion(
  der: SentenceView,
  statement: UnknownStatement,
): string | null {
  const { words } = getSentenceWords(der);
  const alsoIndex = words.findIndex((word) => word.lower === ALSO_KEY);
  if (alsoIndex < 0) return null;
  for (let offset = 1; offset <= ALSO_REACH; offset += 1) {
    const word = words[alsoIndex + offset];
    if (word && statement.afterKeys.has(word.norm)) {
      const first = words[alsoIndex];
      return first ? der.text.slice(first.start, word.end) : null;
    }
  }
  return null;
}

function describeUnknown(view: SentenceView | undefined): string {
  if (!view) return "it is not known";
  const unknown = view.features.unknowns[0];
  return unknown
    ? view.text.slice(unknown.start, view.end).replace(/[.\s]+$/, "")
    : "it is not known";
}
