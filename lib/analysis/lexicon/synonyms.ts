/**
 * Everyday words that news rewrites swap for one another without changing what is claimed
 * ("contacted" → "approached", "countries" → "states", "talks" → "negotiations"). Alignment treats
 * the words of a group as one term, so a paraphrase still finds its reference sentence; whether the
 * swap changed the claim is the classifier's business (its detectors read the words themselves).
 *
 * Kept deliberately small and unambiguous: a group joins only words that are interchangeable in
 * most news sentences. Words whose other senses are common in news are left out ("accord", which is
 * also a treaty's name; "head"; "arms"); names are never joined (see listTermVariants).
 */

// prettier-ignore
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  ["country", "nation", "state"],
  ["contact", "approach"],
  ["talks", "negotiations", "discussions"],
  ["deal", "agreement", "pact"],
  ["plan", "intend"],
  ["expect", "anticipate"],
  ["seek", "aim", "attempt", "try"],
  ["begin", "start", "launch"],
  ["announce", "unveil"],
  ["buy", "purchase", "acquire"],
  ["help", "assist", "aid"],
  ["increase", "rise", "raise", "hike", "grow", "climb"],
  ["decrease", "fall", "drop", "decline"],
  ["company", "firm"],
  ["troops", "soldiers", "forces"],
  ["funds", "funding", "money"],
  ["warn", "caution"],
  ["quickly", "rapidly", "swiftly"],
  ["soon", "shortly"],
  ["candidate", "contender"],
  ["significant", "substantial", "considerable"],
];
