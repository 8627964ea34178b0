/**
 * The function words of the word keys (text/word-key.ts): which words alignment ignores and which it
 * keeps at a low weight. All entries are lower-case, diacritic-free, with straight apostrophes
 * removed. Number words are in common.ts (NUMBER_VALUES).
 */

/**
 * English function words: articles, pronouns, prepositions, conjunctions, auxiliaries and a few
 * empty adverbs. They carry no claim content, so alignment ignores them. Negations, modals and
 * quantifiers are deliberately NOT here (see {@link WEAK_WORDS}): later stages read them.
 */
// prettier-ignore
export const STOP_WORDS: ReadonlySet<string> = new Set([
  "a", "an", "the", "this", "that", "these", "those", "there", "here",
  "i", "me", "my", "mine", "myself", "we", "us", "our", "ours", "ourselves",
  "you", "your", "yours", "yourself", "yourselves", "he", "him", "his", "himself",
  "she", "her", "hers", "herself", "it", "its", "itself", "they", "them", "their", "theirs",
  "themselves", "who", "whom", "whose", "which", "what", "whatever", "whoever",
  "am", "is", "are", "was", "were", "be", "been", "being", "have", "has", "had", "having",
  "do", "does", "did", "doing", "done",
  "and", "or", "but", "if", "then", "else", "so", "than", "as", "because", "while", "whereas",
  "although", "though", "whether", "either", "neither", "both", "yet",
  "of", "at", "by", "for", "with", "about", "against", "between", "into", "through", "during",
  "before", "after", "above", "below", "to", "from", "up", "down", "in", "out", "on", "off",
  "over", "under", "again", "further", "once", "onto", "upon", "within", "across", "along",
  "among", "amid", "around", "behind", "beyond", "toward", "towards", "via", "per", "since",
  "until", "till", "like", "including", "such", "also", "just", "very", "too", "only",
  "even", "still", "own", "same", "other", "another", "when", "where", "why", "how",
  "s", "t", "d", "ll", "m", "re", "ve", "etc", "eg", "ie",
]);

/**
 * Words that matter to later stages (negation, modality, quantity) but say little about WHICH
 * claim a sentence carries: "may" and "not" appear in many unrelated sentences. Alignment keeps
 * them with a low weight instead of dropping them.
 */
// prettier-ignore
export const WEAK_WORDS: ReadonlySet<string> = new Set([
  // negations
  "not", "no", "never", "none", "nor", "nobody", "nothing", "nowhere", "without", "cannot",
  // modals
  "will", "would", "can", "could", "may", "might", "must", "shall", "should", "ought",
  // quantifiers
  "all", "every", "each", "any", "some", "most", "many", "much", "more", "less", "few",
  "fewer", "several", "various", "numerous", "least",
]);
