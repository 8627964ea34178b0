/**
 * Closed word lists used by the alignment tokenizer.
 *
 * Kept separate from the tokenizer so the lists can be reviewed on their own. All entries are
 * lower-case, diacritic-free, with straight apostrophes removed.
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

/** Number words mapped to digits so "five sources" and "5 sources" share a token. */
// prettier-ignore
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ["zero", 0], ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6],
  ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10], ["eleven", 11], ["twelve", 12],
  ["thirteen", 13], ["fourteen", 14], ["fifteen", 15], ["sixteen", 16], ["seventeen", 17],
  ["eighteen", 18], ["nineteen", 19], ["twenty", 20], ["thirty", 30], ["forty", 40],
  ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
  ["hundred", 100], ["thousand", 1000], ["million", 1000000], ["billion", 1000000000],
  ["dozen", 12],
]);
