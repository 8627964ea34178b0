/**
 * The shape of a line (paragraph, headline, byline, menu item), judged without its wording.
 */
import type { PageLine } from "./split-lines";

// A line this long is running text even without a final period (truncated teasers, long captions).
const minParagraphWords = 20;
// A punctuated line needs this many words to count as prose rather than a label ("Reply.").
const minPunctuatedParagraphWords = 8;
// Headlines rarely run past this; longer unpunctuated lines are prose.
const maxHeadlineWords = 30;
// Three words ("Gaza ceasefire collapses") is the shortest real headline; shorter is a menu label.
const minHeadlineWords = 3;
// Menu items, section labels and source names ("World", "Asia Pacific", "Reuters").
const maxMenuItemWords = 3;
// A byline or source line under a headline: "Reuters", "Gram Slattery and Humeyra Pamuk".
const maxBylineWords = 6;

const bulletPrefix = /^([-–—•*▪◦·‣●]|\d{1,2}[.)])\s+/;

/** Whether the line reads as running text: long, or a punctuated sentence of some length. */
export function isParagraphLike(line: PageLine): boolean {
  return (
    line.wordCount >= minParagraphWords ||
    (line.hasFinalPunctuation && line.wordCount >= minPunctuatedParagraphWords)
  );
}

/** Whether the line could be a headline: a few words without a final period (a question may end with "?"). */
export function isHeadlineLike(line: PageLine): boolean {
  if (line.wordCount < minHeadlineWords || line.wordCount > maxHeadlineWords)
    return false;
  if (!line.hasFinalPunctuation) return !line.text.endsWith(":");
  // "Is this the end of X?" is a headline; "He left." is not.
  return /[?!]["'”’]?$/.test(line.text) && !isParagraphLike(line);
}

/** Whether the line is a short label with no sentence punctuation, like a menu item. */
export function isMenuItemLike(line: PageLine): boolean {
  return (
    line.wordCount <= maxMenuItemWords &&
    !line.hasFinalPunctuation &&
    !bulletPrefix.test(line.text)
  );
}

// Labels of article sections or kickers, capitalised like a byline but part of the article's furniture.
const sectionLabel =
  /^(summary|highlights|key (points|takeaways|facts)|in brief|overview|at a glance|analysis|explainer|opinion|exclusive|breaking( news)?|live|update|fact ?check)$/i;

/** Whether the line looks like a byline or source line: a few capitalised words ("Reuters", "Jane Doe and Joe Roe"). */
export function isBylineLike(line: PageLine): boolean {
  if (
    line.wordCount > maxBylineWords ||
    line.hasFinalPunctuation ||
    sectionLabel.test(line.text)
  )
    return false;
  return line.text
    .split(/\s+/)
    .every((word) =>
      /^(\p{Lu}[\p{L}.'’-]*|and|&|\||-|–|—|,|de|van|von|al)$/u.test(word),
    );
}

/** Whether the line starts with a list marker ("- ", "• ", "1. "). */
export function isBulletLine(line: PageLine): boolean {
  return bulletPrefix.test(line.text);
}
