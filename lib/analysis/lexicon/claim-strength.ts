/**
 * Claim-strength lexicon: the words by which a sentence states a relationship between two things,
 * graded as in Yu et al. (EMNLP 2019, COLING 2020) and Sumner et al. (BMJ 2014):
 *   0 no relationship  ("was found within the normal range", "was not associated with")
 *   1 correlation      ("is linked to", "is associated with", "are more likely to")
 *   2 conditional cause ("may cause", "could reduce", "appears to improve")
 *   3 causation        ("causes", "reduces", "leads to", "is effective")
 * Source: the annotation guidelines of Yu et al. (cue phrases listed there) and the commonest
 * cues of `../shared/eval/claim-strength/*.csv` (5,137 sentences, checked by
 * features/claim-strength.test.ts). Data only; the rule is features/claim-strength.ts.
 */

/** Correlational cues (strength 1): a relationship without a direction of cause. */
export const CORRELATION_CUES: readonly string[] = [
  "associated with", "association between", "association of", "association with", "associations between",
  "associations with", "linked to", "linked with", "link between", "links between", "link to", "linking",
  "correlated", "correlates", "correlate", "correlation", "correlations", "related to", "relationship between",
  "relationship with", "relationships between", "relation between", "relation to", "tied to", "connected to", "connected with",
  "connection between", "more likely", "less likely", "most likely", "least likely", "twice as likely",
  "times as likely", "times more likely", "higher risk", "lower risk", "greater risk", "increased risk",
  "reduced risk", "elevated risk", "risk factor", "risk factors", "at risk", "at higher risk", "at greater risk",
  "at increased risk", "predict", "predicts", "predicted", "predictor", "predictors", "predictive of",
  "tend to", "tends to", "tended to", "coincides with", "accompanied by", "in line with", "corresponds to",
  "higher rates", "lower rates", "higher levels", "lower levels", "higher incidence", "lower incidence",
  "higher prevalence", "lower prevalence", "higher odds", "lower odds", "odds ratio", "hazard ratio",
  "dependent on", "depends on", "vary with", "varies with", "differ by", "differences in", "independently of",
  "inversely", "positively associated", "risk of", "the risk", "likelihood of", "more often", "less often",
  "more frequent", "less frequent", "more frequently", "less frequently", "higher than", "lower than", "greater than",
  "worse than", "better than", "fewer", "double the risk", "twice the risk", "higher", "greater", "associate with",
  "vary", "varies", "differ", "differs", "disparities", "disparity", "gap between", "outcomes among", "negatively associated", "marker of", "markers of", "sign of", "indicator of",
];

/**
 * Causal cues (strength 3 as written, 2 under a hedge): a verb or phrase saying one thing makes
 * another happen. Verb forms that also serve as adjectives ("an increased risk", "improved
 * outcomes") are listed in CAUSAL_PAST and only count when not preceded by an article or preposition.
 */
export const CAUSAL_CUES: readonly string[] = [
  "cause", "causes", "causing", "caused by", "causal", "lead to", "leads to", "leading to", "result in", "results in",
  "resulting in", "contribute to", "contributes to", "contributing to", "responsible for", "due to", "because of",
  "attributable to", "owing to", "as a result of", "the result of", "play a role", "plays a role", "play a key role",
  "plays a key role", "play an important role", "plays an important role", "play a major role", "plays a major role",
  "increase", "increases", "reduce", "reduces", "decrease", "decreases", "lower", "lowers", "raise", "raises",
  "improve", "improves", "prevent", "prevents", "protect", "protects", "protect against", "protects against",
  "boost", "boosts", "cut", "cuts", "enhance", "enhances", "promote", "promotes", "trigger", "triggers", "induce",
  "induces", "drive", "drives", "worsen", "worsens", "damage", "damages", "harm", "harms", "affect", "affects",
  "impact", "impacts", "influence", "influences", "alter", "alters", "slow", "slows", "delay", "delays",
  "halve", "halves", "double", "doubles", "benefit", "benefits", "help", "helps", "save", "saves", "saving",
  "treat", "treats", "cure", "cures", "relieve", "relieves", "ease", "eases", "kill", "kills", "stop", "stops",
  "block", "blocks", "inhibit", "inhibits", "suppress", "suppresses", "restore", "restores", "reverse", "reverses",
  "counteract", "counteracts", "make", "makes", "effect on", "effects on", "effect of",
  "impact on", "impact of", "improvement in", "reduction in",
  "reductions in", "increase in", "increases in", "decrease in", "works", "work better", "benefit from",
];

/** Causal adjectives: "is effective", "a protective effect" state a cause whatever precedes them. */
export const CAUSAL_ADJECTIVES: readonly string[] = [
  "effective", "efficacious", "beneficial", "protective", "harmful", "detrimental", "safer", "causal", "ineffective",
];

/** Past forms of causal verbs: causal as a verb ("the drug reduced mortality"), not as an adjective ("reduced risk"). */
export const CAUSAL_PAST: readonly string[] = [
  "caused", "led to", "resulted in", "contributed to", "increased", "reduced", "decreased", "lowered", "raised",
  "improved", "prevented", "protected", "boosted", "enhanced", "promoted", "triggered", "induced", "drove", "worsened",
  "damaged", "harmed", "affected", "impacted", "influenced", "altered", "slowed", "delayed", "halved", "doubled",
  "benefited", "benefitted", "helped", "saved", "treated", "cured", "relieved", "eased", "killed", "stopped",
  "blocked", "inhibited", "suppressed", "restored", "reversed", "counteracted", "made",
];

/** Words before a past form that make it an adjective, not a causal verb ("an increased risk", "with reduced"). */
export const ADJECTIVAL_PRECEDERS: readonly string[] = [
  "a", "an", "the", "with", "of", "in", "and", "or", "for", "by", "from", "had", "have", "has", "their", "its",
  "his", "her", "more", "less", "significantly", "was", "were", "be", "been", "is", "are", "no", "not",
];

/**
 * Hedges that make a causal cue conditional (strength 2): a modal or a verb of inference right
 * before it ("may reduce", "appears to improve", "suggests that … reduces").
 */
export const CAUSAL_HEDGES: readonly string[] = [
  "may", "might", "could", "can", "possibly", "potentially", "perhaps", "probably", "likely", "unlikely",
  "appear", "appears", "appeared", "seem", "seems", "seemed", "suggest", "suggests", "suggested", "suggesting",
  "indicate", "indicates", "indicated", "hypothesise", "hypothesize", "speculate", "might be",
  "potential", "possible", "plausible", "promising",
];

/** Negations that deny a relationship (strength 0 unless another cue says more): "was not associated with". */
export const NO_RELATIONSHIP_CUES: readonly string[] = [
  "no association", "not associated", "no significant", "not significantly", "no effect", "no effects",
  "no evidence", "no link", "not linked", "no difference", "no differences", "no relationship", "not related",
  "unrelated", "no impact", "no benefit", "did not", "does not", "do not", "was not", "were not", "failed to",
  "no clear", "no correlation", "not correlated", "no increase", "no reduction", "no change", "similar",
  "comparable", "not differ", "did not differ",
];
