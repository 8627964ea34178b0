/**
 * Align stage: map each derivative sentence to the reference claim units it carries.
 *
 * Build the reference side once with {@link buildAlignIndex}, then call {@link alignArticle} per
 * derivative (or {@link alignSentence} for raw candidates). Pure, synchronous, deterministic.
 */

export type {
  AlignMatch,
  AlignUnit,
  ArticleAlignment,
  SentenceAlignment,
} from "./align-types";
export { type AlignIndex, buildAlignIndex } from "./claim-index";
export { alignSentence, CANDIDATE_FLOOR, MAX_CANDIDATES } from "./score";
export { alignArticle, MIN_MATCH_SCORE, MIN_UNIT_COVERAGE } from "./article";
export { MAX_TOKENS_PER_SPAN } from "../text/limits";
export { type Token, tokenizeWords as tokenize } from "../text/tokenize";
