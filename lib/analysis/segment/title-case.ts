import { TITLE_CASE_MINOR_WORDS } from "../lexicon/names";
/**
 * Title-case labels: "Market Reaction and Outlook", "Call for Humanitarian Access". A rewrite's
 * section subheads are set this way; a sentence of prose never is.
 */

// A label has at least two words ("Regional Reactions"); one capitalised word is a name or menu item.
const minLabelWords = 2;
// Subheads of the eval rewrites run to 6 words; 10 leaves room without reaching headline length.
const maxLabelWords = 10;

/**
 * Whether `text` is a short title-case label: 2–10 words, no final period, every word that is
 * not a function word capitalised (or a number), and at least two capitalised words.
 */
export function isTitleCaseLabel(text: string): boolean {
  if (/[.!?…]["'”’)\]]*$/.test(text)) return false;
  const words = text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word));
  if (words.length < minLabelWords || words.length > maxLabelWords) return false;
  let capitalised = 0;
  for (const word of words) {
    const bare = word.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, "");
    if (/^\p{Lu}/u.test(bare)) capitalised++;
    else if (!/^\d/.test(bare) && !TITLE_CASE_MINOR_WORDS.has(bare.toLowerCase())) return false;
  }
  return capitalised >= minLabelWords;
}
