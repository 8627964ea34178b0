/**
 * Stage 1, clean: separates an article from the page chrome captured with it.
 *
 * Works over lines: each non-blank line is body or chrome, with its exact offsets. Passes:
 * whole-line chrome patterns → headline and byline at the top → a walk down the article in which
 * an end marker ("Related Articles", a reporting credit, "Comments") hands the rest of the page to
 * `markTail`, which excludes link lists and appended stories → menu runs, a repeated headline
 * and trailing bios.
 */
import type {
  CleanResult,
  ExcludedSpan,
  ExclusionReason,
  Span,
} from "../types";
import { hasDateline, matchChromeLine } from "./chrome-patterns";
import { queueVocabulary, type CleanContext } from "./decisions";
import { markPreamble } from "./find-title";
import { isBulletLine, isHeadlineLike, isParagraphLike } from "./line-shape";
import {
  markMenuRuns,
  markRepeatedTitle,
  markTrailingBios,
} from "./mark-line-runs";
import { isBareHeading, markTail } from "./mark-tail";
import { splitLineNotes } from "./split-line-notes";
import { splitLines } from "./split-lines";

// A headline over a wire dateline is the top of a wire story; after this many article paragraphs
// it is another story, earlier it is the article's own opening under a dek or summary.
const minParagraphsBeforeDateline = 3;

// Cost guard: words of headline-like lines waiting for prose under them; a few headlines' worth.
const maxPendingWords = 200;

// A line's own words are all queued (extractContentWords caps them).
const allWords = Number.POSITIVE_INFINITY;

/**
 * Splits a captured page into article body and excluded chrome (each with exact offsets and, for
 * chrome, a reason) and finds the headline. Body and excluded spans are whole trimmed lines, in
 * order and non-overlapping; blank lines belong to neither.
 */
export function cleanArticle(text: string): CleanResult {
  const lines = splitLines(text);
  const context: CleanContext = {
    lines,
    chrome: lines.map(matchChromeLine),
    decisions: new Array(lines.length).fill(undefined),
    vocabularyQueue: [],
    vocabulary: new Set(),
  };
  const { titleIndex, articleStart } = markPreamble(context);
  markArticle(context, articleStart, titleIndex);
  markMenuRuns(context, titleIndex);
  markRepeatedTitle(context, titleIndex);
  markTrailingBios(context);

  const body: Span[] = [];
  const excluded: ExcludedSpan[] = [];
  lines.forEach((line, index) => {
    const decision = context.decisions[index] ?? "body";
    const span = { start: line.start, end: line.end, text: line.text };
    if (decision === "body") {
      const { body: kept, notes } = splitLineNotes(span);
      if (kept) body.push(kept);
      excluded.push(...notes);
    } else excluded.push({ ...span, reason: decision });
  });
  const titleLine = lines[titleIndex];
  const title =
    titleLine && context.decisions[titleIndex] === "body"
      ? { start: titleLine.start, end: titleLine.end, text: titleLine.text }
      : null;
  return { body, excluded, title };
}

/**
 * Walks down from the article start: chrome lines get their reason; a heading met before any
 * prose excludes the list under it; the first end marker after some prose hands the rest of the
 * page to `markTail`; a headline over a wire dateline deep in the body starts another story.
 */
function markArticle(
  context: CleanContext,
  articleStart: number,
  titleIndex: number,
): void {
  const { lines, chrome, decisions } = context;
  let paragraphCount = 0;
  let hasProse = false;
  // A zone heading ("Related Articles") above the first paragraph: its list runs until prose.
  let leadZone: ExclusionReason | null = null;
  // Words of headline-like lines join the vocabulary only once prose under them is kept, so an
  // appended story's headline cannot vouch for its own paragraph.
  let pendingLines: number[] = [];
  // Lines before this index were kept by `markTail` and must not be handed back to it.
  let forcedBodyUntil = -1;
  let index = articleStart;
  while (index < lines.length) {
    const line = lines[index]!;
    const match = chrome[index];
    if (decisions[index] !== undefined) {
      index++;
      continue;
    }
    if (match) {
      decisions[index] = match.reason;
      if (hasProse && (match.kind === "heading" || match.kind === "end")) {
        index = markTail(
          context,
          index + 1,
          match.reason,
          isBareHeading(line, match.reason),
        );
        continue;
      }
      if (match.kind === "heading") leadZone = match.reason;
      index++;
      continue;
    }
    const isParagraph = isParagraphLike(line);
    if (leadZone && !isParagraph && index !== titleIndex) {
      decisions[index] = leadZone;
      index++;
      continue;
    }
    leadZone = null;
    const isLateDateline =
      index >= forcedBodyUntil &&
      paragraphCount >= minParagraphsBeforeDateline &&
      isParagraph &&
      hasDateline(line.text);
    if (isLateDateline && isStoryHeadline(context, index - 1, titleIndex)) {
      const resumeAt = markTail(context, index - 1, "related-links", false);
      if (resumeAt > index) {
        index = resumeAt;
        continue;
      }
      for (let kept = resumeAt; kept < index; kept++) decisions[kept] = "body";
      forcedBodyUntil = index + 1;
    }
    decisions[index] = "body";
    if (isParagraph || index === titleIndex) {
      queueVocabulary(context, pendingLines, maxPendingWords);
      queueVocabulary(context, [index], allWords);
      pendingLines = [];
    } else {
      pendingLines.push(index);
    }
    hasProse ||= isParagraph;
    if (isParagraph && !isBulletLine(line)) paragraphCount++;
    index++;
  }
}

/** Whether the kept line at `index` reads as the headline of a new story (not the page's own headline, not a list item). */
function isStoryHeadline(
  context: CleanContext,
  index: number,
  titleIndex: number,
): boolean {
  const line = context.lines[index];
  return (
    line !== undefined &&
    index !== titleIndex &&
    context.decisions[index] === "body" &&
    isHeadlineLike(line) &&
    !isBulletLine(line)
  );
}
