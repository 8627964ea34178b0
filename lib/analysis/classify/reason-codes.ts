/**
 * Every reason code the classifier can give, with the effect it has on the label and its
 * default weight. Weights are in 0..1 and say how sure the detector is and how much the change
 * matters to a fact-checker; decide-label.ts adds them up per effect and picks the label.
 *
 * Weight bands (the only thing that matters is the order between codes and bands):
 *   0.8–0.9  the reference is plainly contradicted or misquoted (a different number, an invented quote);
 *   0.6–0.75 a clear change of meaning or certainty (could → will, "sources" → "officials");
 *   0.45–0.55 a real but milder shift (a booster added, a qualifier dropped);
 *   0.3–0.4  a change a careful reader may still call faithful (an unpaired "all" added).
 */
import type { Finding, FindingEffect } from "./types";

/** The effect a reason code has; "faithful" codes explain a faithful label. */
export type ReasonEffect = FindingEffect | "faithful";

interface ReasonCodeEntry {
  readonly code: string;
  /** The effect the code usually has. */
  readonly effect: ReasonEffect;
  /** Every effect the code can have (number-qualifier-changed is altered or hardened). */
  readonly effects: readonly ReasonEffect[];
  /** Default weight (0 for faithful codes, which carry no weight). */
  readonly weight: number;
  /** Who gives it: the sentence classifier, or the detail stage (details/match-details.ts) only. */
  readonly scope: "sentence" | "detail";
}

/** Generic in the code, so `ReasonCode` below is the union of the registered codes, not `string`. */
function entry<const Code extends string>(
  code: Code,
  effect: ReasonEffect,
  weight: number,
  effects: readonly ReasonEffect[] = [effect],
  scope: ReasonCodeEntry["scope"] = "sentence",
): ReasonCodeEntry & { readonly code: Code } {
  return { code, effect, effects, weight, scope };
}

/** All reason codes, for the interface and the tests to enumerate. */
export const REASON_CODES = [
  // Certainty and scope.
  entry("quantifier-weakened", "softened", 0.6), // every → most: the claim covers less
  entry("quantifier-strengthened", "hardened", 0.6),
  entry("hedge-added", "softened", 0.6), // will → may, "reportedly": the core softening of the labels
  entry("hedge-removed", "hardened", 0.65), // could → will: the core hardening, a little surer than its inverse
  entry("booster-added", "hardened", 0.45), // "clearly", "officially": colours more than it changes
  entry("booster-removed", "softened", 0.4),
  entry("importance-lowered", "softened", 0.6), // "a key obstacle" → "a possible obstacle"; as heavy as a hedge
  entry("importance-raised", "hardened", 0.6), // "slowed" → "halted"
  entry("range-narrowed", "hardened", 0.65), // "months or even weeks" → "weeks": an exact, visible cut
  entry("range-widened", "softened", 0.5),
  entry("superlative-widened", "hardened", 0.6), // "one of the largest" → "the largest"
  entry("superlative-narrowed", "softened", 0.5),
  entry("claim-strength-raised", "hardened", 0.6), // "linked to" → "causes": the commonest exaggeration of science news
  entry("claim-strength-lowered", "softened", 0.55), // "causes" → "may cause"; a little less sure than the raise (rarer, often a hedge already counted)
  entry("condition-removed", "hardened", 0.6), // an "if" dropped turns a conditional into a promise
  entry("condition-added", "softened", 0.45), // an added condition is often merged from nearby text
  // Sourcing.
  entry("attribution-dropped", "hardened", 0.5), // often an honest shortening, so below the certainty codes
  entry("attribution-added", "softened", 0.35), // only distancing credits ("media reports say") count
  entry("attribution-changed", "altered", 0.6), // "sources" → "officials"
  entry("attribution-doubting", "softened", 0.6), // said → claimed, "without evidence"
  entry("source-count-changed", "altered", 0.6), // five sources → three sources
  // Facts.
  entry("number-changed", "altered", 0.85), // a different value is the plainest factual error
  entry("number-vaguer", "softened", 0.55), // four → several
  entry("number-qualifier-changed", "altered", 0.5, ["altered", "hardened"]), // over 60,000 → 60,000
  entry("time-changed", "altered", 0.7), // in March → in May
  entry("entity-changed", "altered", 0.65), // a different person or place; synonyms make it less sure than numbers
  entry("negation-flip", "altered", 0.75), // would not recognize → would recognize
  entry("antonym-flip", "altered", 0.7), // less costly → more costly
  entry("unknown-contradicted", "altered", 0.75), // "it is unclear which" → names them
  entry("no-comment-contradicted", "altered", 0.75), // "X declined to comment" → X quoted: as plain a contradiction as unknown-contradicted
  // Quotes.
  entry("quote-words-changed", "altered", 0.7),
  entry("quote-speaker-changed", "altered", 0.8),
  entry("quote-fabricated-from-paraphrase", "altered", 0.6), // reference words put in quotation marks
  entry("quote-invented", "invented", 0.85),
  entry("quote-added-external", "added", 0.6),
  // New material.
  entry("reference-attribution-invented", "invented", 0.8), // "X told Reuters" for what Reuters never carried
  entry("sourcing-invented", "invented", 0.7), // details credited to unnamed insiders
  entry("added-material", "added", 0.5), // background, analysis, other outlets
  // Details (a detail claim followed into a derivative sentence, or new there).
  entry("detail-kept", "faithful", 0, ["faithful"], "detail"), // the detail is carried unchanged
  entry("credited-to-reference", "faithful", 0, ["faithful"], "detail"), // "the sources said" → "Reuters reported": credited to the reporting itself
  entry("number-more-precise", "hardened", 0.5, ["hardened"], "detail"), // several → four: sounds surer than the reference; as heavy as a dropped attribution
  entry("detail-added", "added", 0.5, ["added"], "detail"), // a detail the reference lacks; the weight of added-material
  // Decisions.
  entry("mixed-change", "altered", 0), // softened and hardened about equally; weight comes from its parts
  entry("faithful-verbatim", "faithful", 0),
  entry("faithful-paraphrase", "faithful", 0),
] as const satisfies readonly ReasonCodeEntry[];

/** A reason code the classifier can give. */
export type ReasonCode = (typeof REASON_CODES)[number]["code"];

const BY_CODE: ReadonlyMap<string, ReasonCodeEntry> = new Map(
  REASON_CODES.map((item) => [item.code, item]),
);

/** The default weight of a code (0 for unknown codes). */
export function getCodeWeight(code: ReasonCode): number {
  return BY_CODE.get(code)?.weight ?? 0;
}

/** Evidence words for a finding: what the reference says and what the derivative says instead. */
export interface EvidenceWords {
  reference?: string;
  derivative?: string;
}

/**
 * Builds a finding. `effect` defaults to the code's usual effect and `weightFactor` scales the
 * code's default weight (a detector lowers it when its evidence is weaker than usual).
 */
export function createFinding(
  code: ReasonCode,
  detail: string,
  evidence: EvidenceWords,
  options: { effect?: FindingEffect; weightFactor?: number } = {},
): Finding {
  const known = BY_CODE.get(code);
  const effect =
    options.effect ??
    (known?.effect === "faithful" ? "altered" : (known?.effect ?? "altered"));
  const weight = Math.min(
    1,
    Math.max(0, (known?.weight ?? 0.5) * (options.weightFactor ?? 1)),
  );
  const clean: EvidenceWords = {};
  if (evidence.reference !== undefined && evidence.reference !== "")
    clean.reference = evidence.reference;
  if (evidence.derivative !== undefined && evidence.derivative !== "")
    clean.derivative = evidence.derivative;
  const finding: Finding = { code, detail, effect, weight };
  if (clean.reference !== undefined || clean.derivative !== undefined)
    finding.evidence = clean;
  return finding;
}

/** Wraps words in typographic quotes for a `detail` sentence. */
export function quoteWords(words: string): string {
  return `“${words}”`;
}
