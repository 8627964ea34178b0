/**
 * The page below an end-of-article marker ("Related Articles", "Comments", a reporting credit,
 * a copyright line): link lists, widgets and whole other stories, told apart from a rare return
 * of the article itself.
 */
import type { ExclusionReason } from "../types";
import { hasDateline } from "./chrome-patterns";
import { extractContentWords, measureContainment } from "./content-words";
import { readVocabulary, type CleanContext } from "./decisions";
import { isBulletLine, isHeadlineLike, isParagraphLike } from "./line-shape";
import { isAuthorBio } from "./mark-line-runs";
import type { PageLine } from "./split-lines";

/**
 * Share of a block's content words that must occur in the article for plain paragraphs after a
 * marker to count as the article resuming (e.g. after a "Read more" box). Measured on real
 * pages: a paragraph shares a median of ~0.45 of its content words with the rest of its own
 * story (0.2–0.8), while other news stories appended to the page share 0.2–0.3, since wire copy
 * has generic words in common (president, officials, war). Set between the two, it errs towards
 * excluding: past an end marker, text is far more often chrome than article.
 */
export const resumeThreshold = 0.35;

/**
 * The same share when the block looks like a new story: a headline over prose, or a wire
 * dateline ("BERLIN, Aug 8 (Reuters) -"). Only near-identical vocabulary, as in a second copy of
 * the article's own lead, keeps it in the article.
 */
export const newStoryThreshold = 0.6;

// A block's topic is judged on its first paragraphs (a story's lead sets its topic) and on this
// many characters of each, which also bounds the cost.
const maxJudgedLines = 3;
const maxCharsPerLine = 3000;

/**
 * Marks lines from `from` on as chrome of `zone` (lists, labels), as their own chrome reason, or
 * as "unrelated-story" for prose blocks whose vocabulary is foreign to the article. Returns the
 * index of the line where the article resumes, or `lines.length` when it does not.
 */
export function markTail(
  context: CleanContext,
  from: number,
  zone: ExclusionReason,
  isZoneOwningProse: boolean,
): number {
  const { lines, chrome, decisions } = context;
  let pending: number[] = [];
  const flushPending = (reason: ExclusionReason): void => {
    for (const index of pending) decisions[index] = reason;
    pending = [];
  };
  let index = from;
  while (index < lines.length) {
    const line = lines[index]!;
    const match = chrome[index];
    if (match && match.kind !== "meta") {
      flushPending(zone);
      decisions[index] = match.reason;
      if (match.kind !== "line") {
        zone = match.reason;
        isZoneOwningProse = isBareHeading(line, zone);
      }
      index++;
      continue;
    }
    if (match || !isParagraphLike(line)) {
      pending.push(index);
      index++;
      continue;
    }
    if (isAuthorBio(line)) {
      flushPending(zone);
      decisions[index] = "author-box";
      index++;
      continue;
    }
    let end = index;
    while (end < lines.length && !chrome[end] && isParagraphLike(lines[end]!))
      end++;
    if (isZoneOwningProse || zone === "comments") {
      // A comment or an author's bio under its heading, whatever it talks about.
      flushPending(zone);
      for (let inside = index; inside < end; inside++) decisions[inside] = zone;
      isZoneOwningProse = false;
      index = end;
      continue;
    }
    const headlineIndex = pending.at(-1);
    const headline =
      headlineIndex === undefined ? undefined : lines[headlineIndex];
    // A list item ("- Ferry fares to rise") is a link, not the headline of the prose below it.
    const isCard =
      headlineIndex !== undefined &&
      headline !== undefined &&
      !chrome[headlineIndex] &&
      isHeadlineLike(headline) &&
      !isBulletLine(headline);
    const isNewStory = isCard || hasDateline(line.text);
    const blockText = [
      ...(isCard ? [headlineIndex] : []),
      ...range(index, Math.min(end, index + maxJudgedLines)),
    ]
      .map((lineIndex) => lines[lineIndex]!.text.slice(0, maxCharsPerLine))
      .join(" ");
    const overlap = measureContainment(
      extractContentWords(blockText),
      readVocabulary(context),
    );
    if (overlap >= (isNewStory ? newStoryThreshold : resumeThreshold)) {
      // The article goes on; a headline-like line right above it is one of its subheads.
      if (isCard) pending.pop();
      flushPending(zone);
      return isCard ? headlineIndex! : index;
    }
    flushPending(isNewStory ? "unrelated-story" : zone);
    for (let inside = index; inside < end; inside++)
      decisions[inside] = "unrelated-story";
    index = end;
  }
  flushPending(zone);
  return lines.length;
}

/** Whether a zone heading is a bare label ("Comments", "About the author") whose next prose it owns. */
export function isBareHeading(line: PageLine, zone: ExclusionReason): boolean {
  // Four words covers "About the author" and "Leave a comment"; longer lines, or a label with a
  // value ("Original Author: Jane Doe"), carry their own content.
  return (
    line.wordCount <= 4 &&
    !/:\s*\S/.test(line.text) &&
    (zone === "comments" || zone === "author-box")
  );
}

/** The integers from `start` (inclusive) to `end` (exclusive). */
function range(start: number, end: number): number[] {
  const values: number[] = [];
  for (let value = start; value < end; value++) values.push(value);
  return values;
}
