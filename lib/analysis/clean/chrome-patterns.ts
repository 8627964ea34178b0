/**
 * Line-level chrome recognition: a line alone, matched against the rules in `chrome-rules.ts`,
 * plus the wire-dateline test that marks the first line of a story.
 */
import type { ExclusionReason } from "../types";
import { chromeRules, timestampLine, type ChromeKind } from "./chrome-rules";
import type { PageLine } from "./split-lines";

export type { ChromeKind } from "./chrome-rules";

/** A line recognised as page chrome. */
export interface ChromeMatch {
  reason: ExclusionReason;
  kind: ChromeKind;
}

// Patterns are only tried on lines up to this length: chrome is short, and the cap keeps regex
// cost bounded on adversarial one-line pages. Long photo captions stay under it.
const maxChromeLineLength = 600;
// Timestamp lines are short labels; longer lines with a date are prose.
const maxTimestampWords = 12;

// What may follow the end of a ChromeRule.tail match: whitespace, then one closing mark.
const closingMarks = ".)]";
const whitespace = /\s/;

/**
 * Classifies one line as page chrome, or returns null when it could be article text. Judges the
 * line alone; context (zones, appended stories) is the caller's business.
 */
export function matchChromeLine(line: PageLine): ChromeMatch | null {
  if (line.text.length > maxChromeLineLength) return null;
  for (const rule of chromeRules) {
    if (
      line.wordCount <= rule.maxWords &&
      (rule.requires === undefined || line.text.includes(rule.requires)) &&
      rule.pattern.test(
        rule.tail === undefined ? line.text : sliceTail(line.text, rule.tail),
      )
    ) {
      return { reason: rule.reason, kind: rule.kind };
    }
  }
  if (
    line.wordCount <= maxTimestampWords &&
    !line.hasFinalPunctuation &&
    timestampLine.test(line.text)
  ) {
    return { reason: "navigation", kind: "meta" };
  }
  return null;
}

/**
 * The end of `text` an end-anchored rule can match: `tail` characters before its trailing
 * whitespace and one final "." ")" or "]" (see ChromeRule.tail), with those kept.
 */
function sliceTail(text: string, tail: number): string {
  let end = text.length;
  if (end > 0 && closingMarks.includes(text.charAt(end - 1))) end--;
  while (end > 0 && whitespace.test(text.charAt(end - 1))) end--;
  return text.slice(Math.max(0, end - tail));
}

/**
 * Whether a paragraph opens with a wire dateline ("BERLIN, Aug 8 (Reuters) -",
 * "WASHINGTON (AP) —"): the first line of a story.
 */
export function hasDateline(text: string): boolean {
  return /^\p{Lu}[\p{Lu}\s.'’-]{1,40}(,\s*\p{Lu}[\p{L}.]*){0,2},?\s+(\p{Lu}\p{Ll}{2,8}\.?\s+\d{1,2}\s+)?\([\p{L}\s.&-]{2,30}\)\s*[-–—]/u.test(
    text.slice(0, 120),
  );
}
