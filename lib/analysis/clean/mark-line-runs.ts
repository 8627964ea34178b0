/**
 * Passes over body lines once the article is known: menus (several short labels in a row), a
 * repeated headline, and author bios at the foot of the article.
 */
import type { CleanContext } from "./decisions";
import { isMenuItemLike } from "./line-shape";
import type { PageLine } from "./split-lines";

// Two short lines in a row can be a subhead and a label; three or more are a menu or tag list.
const minMenuRun = 3;
// A bio is a short paragraph; longer ones are reporting that happens to describe a journalist.
const maxBioWords = 80;
// An article shorter than this is left alone: its last line is more likely a sentence of it.
const minBodyLinesForBio = 3;

const bioPattern =
  /^(\p{Lu}[\p{L}.'’-]*\s+){1,4}(is|was|has been|serves as|works as|writes|covers|reports)\b.{0,160}\b(correspondent|reporter|journalist|editor|writer|columnist|contributor|author|analyst|producer|fellow|researcher|commentator|freelancer?)\b/u;

/** Marks runs of three or more consecutive short label lines inside the body as navigation. */
export function markMenuRuns(context: CleanContext, titleIndex: number): void {
  const { lines, decisions } = context;
  let runStart = -1;
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index];
    const isItem =
      line !== undefined &&
      index !== titleIndex &&
      decisions[index] === "body" &&
      isMenuItemLike(line);
    if (isItem && runStart < 0) runStart = index;
    if (!isItem && runStart >= 0) {
      if (index - runStart >= minMenuRun) {
        for (let inside = runStart; inside < index; inside++)
          decisions[inside] = "navigation";
      }
      runStart = -1;
    }
  }
}

/**
 * Marks author bios ("Jane Doe is a correspondent covering …") at the foot of the article as
 * author-box: the last body lines, walking up while they read as bios.
 */
export function markTrailingBios(context: CleanContext): void {
  const { lines, decisions } = context;
  let bodyCount = 0;
  for (const decision of decisions) if (decision === "body") bodyCount++;
  if (bodyCount < minBodyLinesForBio) return;
  for (let index = lines.length - 1; index >= 0; index--) {
    if (decisions[index] !== "body") continue;
    const line = lines[index]!;
    if (!isAuthorBio(line)) return;
    decisions[index] = "author-box";
  }
}

/** Whether a line reads as an author bio: "Jane Doe is a correspondent covering …". */
export function isAuthorBio(line: PageLine): boolean {
  return (
    line.wordCount <= maxBioWords && bioPattern.test(line.text.slice(0, 600))
  );
}

/** Marks later copies of the headline (captures often hold the page title and the article's h1) as navigation. */
export function markRepeatedTitle(
  context: CleanContext,
  titleIndex: number,
): void {
  const { lines, decisions } = context;
  const title = lines[titleIndex]?.text.toLowerCase();
  if (title === undefined) return;
  for (let index = titleIndex + 1; index < lines.length; index++) {
    const line = lines[index]!;
    if (
      decisions[index] === "body" &&
      line.text.length === title.length &&
      line.text.toLowerCase() === title
    ) {
      decisions[index] = "navigation";
    }
  }
}
