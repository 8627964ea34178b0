/**
 * The top of the page: navigation above the headline, the headline, and the byline under it.
 */
import type { CleanContext } from "./decisions";
import {
  isBylineLike,
  isBulletLine,
  isHeadlineLike,
  isParagraphLike,
} from "./line-shape";

// A headline sits within the first lines of a capture; past this many, the page has none we can trust.
const maxPreambleLines = 20;
// Bylines, source and date lines sit directly under the headline, before the first paragraph.
const maxBylineZoneLines = 4;
// Headlines of fewer words are only trusted when prose follows, since menus have 3-word items too.
const minLoneHeadlineWords = 4;

/**
 * Finds the headline, marks short menu-like lines above it as navigation and byline lines right
 * under it as author-box. Returns the headline's line index (-1 when the page starts with prose
 * or has no headline) and the line the article starts at.
 */
export function markPreamble(context: CleanContext): {
  titleIndex: number;
  articleStart: number;
} {
  const { lines, chrome, decisions } = context;
  const limit = Math.min(lines.length, maxPreambleLines);
  let titleIndex = -1;
  let index = 0;
  for (; index < limit; index++) {
    const line = lines[index]!;
    if (chrome[index]) continue;
    if (isParagraphLike(line)) break;
    const next = lines[index + 1];
    const isProseNext =
      next !== undefined && (isParagraphLike(next) || isBylineLike(next));
    if (
      isHeadlineLike(line) &&
      !isBulletLine(line) &&
      (line.wordCount >= minLoneHeadlineWords || isProseNext)
    ) {
      titleIndex = index;
      break;
    }
  }
  if (index >= limit) return { titleIndex: -1, articleStart: 0 }; // no headline nor prose: judge every line normally
  for (let above = 0; above < index; above++) {
    decisions[above] = chrome[above]?.reason ?? "navigation";
  }
  if (titleIndex >= 0) markBylines(context, titleIndex);
  return { titleIndex, articleStart: index };
}

/** Marks byline-like lines between the headline and the first paragraph as author-box. */
function markBylines(context: CleanContext, titleIndex: number): void {
  const { lines, chrome, decisions } = context;
  const last = Math.min(lines.length - 1, titleIndex + maxBylineZoneLines);
  for (let index = titleIndex + 1; index <= last; index++) {
    const line = lines[index]!;
    if (isParagraphLike(line)) return;
    if (!chrome[index] && isBylineLike(line)) decisions[index] = "author-box";
  }
}
