/**
 * The new-detail filter: which details a derivative introduces are worth a claim of their own.
 * A fact-checker tracks a figure with what it counts, a named person or organisation the
 * reference never names, a quote, a sourcing claim and a date; not a bare place name, a number
 * word, a headline read as a name, a dateline, or the reference page's own byline.
 */
import type { SentenceKind } from "../types";
import type { Detail } from "./extract-details";
import { getPhraseKeys } from "./phrase-keys";

/** What the filter reads besides the detail. */
export interface NewDetailContext {
  /** The derivative's text (offsets index it). */
  text: string;
  /** Kind of the sentence holding the detail. */
  sentenceKind: SentenceKind;
  /** Start of the sentence holding the detail. */
  sentenceStart: number;
  /** The reference page as read, lower-cased: byline and chrome included. */
  referencePageLower: string;
  /** The reference outlet's names, lower-cased. */
  referenceOutletNamesLower: readonly string[];
  /** Values of every figure in the reference page's sentences. */
  referenceFigureValues: ReadonlySet<number>;
}

// Look this far past a figure for the noun it counts ("689 kilometres", "60,000 Palestinians").
const countedNounWindow = 40;
// A dateline or a "date …" label is this close to the start of its sentence.
const datelineWindow = 40;

const digit = /\d/;
const firstWord = /^[\s\u00a0-]*([\p{L}][\p{L}'’-]*)/u;
// "BERLIN, Aug 8 (Reuters) -", "date 2024-10-25", "Updated: 12 March": a time that only dates the page.
// "(MENAFN) …": an outlet tag in brackets opening the story.
const datelineHead =
  /^(\p{Lu}[\p{Lu}\s.'’-]{1,40},?\s+.{0,20}\([\p{L}\s.&-]{2,30}\)\s*[-–—]|\([\p{L}\s.&-]{2,30}\)\s|(date|dated|published|updated|posted|last updated)\s*:?\s)/iu;
// "He also said", "they added": sourcing that only continues an attribution made before.
const pronounSource = /^(he|she|they|it|we|i)\b/iu;
// Stock tickers ("ADAI.NS") left by a copied wire link: codes, not names.
const ticker = /^[\p{Lu}\d]{1,6}\.[\p{Lu}]{1,3}$/u;
// An acronym in brackets ("(AFP)", "Law Society of Kenya (LSK)"): a credit tag or the short form of the name before it.
const bracketedAcronym = /^\p{Lu}[\p{Lu}\d&.]{1,7}$/u;

/** Whether a detail the reference lacks should become a new claim (see the file comment). */
export function isTrackableNewDetail(detail: Detail, context: NewDetailContext): boolean {
  if (detail.type !== "quote" && isInDateline(detail, context)) return false;
  switch (detail.type) {
    case "quote":
      return true;
    case "sourcing":
      return !pronounSource.test(detail.text);
    case "place":
      return false; // a bare place name carries no claim of its own; its sentence is judged
    case "condition":
      return false; // a condition is part of its sentence's claim, judged there
    case "figure":
      return isCountedFigure(detail, context.text, context);
    case "time":
      return true;
    case "actor":
      return isNewName(detail, context);
  }
}

/**
 * A figure in digits with what it counts (its unit, or the noun after it: "689-kilometre").
 * Number words are not tracked: news style (AP, Reuters) spells out only one to nine, so a
 * spelled-out number is a small everyday count ("Two of the officials", "one of the sources").
 */
function isCountedFigure(detail: Detail, text: string, context: NewDetailContext): boolean {
  if (!digit.test(detail.text)) return false;
  // The reference gives the same value (in other words: "11,000 population" / "11,000 residents").
  if (detail.value !== null && context.referenceFigureValues.has(detail.value)) return false;
  if (context.referencePageLower.includes(detail.text.toLowerCase())) return false; // e.g. in its footnotes
  const unit = detail.key.split(":")[2] ?? "";
  if (unit !== "") return true;
  const next = firstWord.exec(text.slice(detail.end, detail.end + countedNounWindow))?.[1];
  return next !== undefined && getPhraseKeys(next).keys.length > 0;
}

function isInDateline(detail: Detail, context: NewDetailContext): boolean {
  if (detail.start - context.sentenceStart > datelineWindow) return false;
  return datelineHead.test(context.text.slice(context.sentenceStart, detail.end + 4));
}

/**
 * A name is new when the reference page never mentions it (its byline and credits included), it
 * is not the reference outlet, and it was not read off a title-case headline or subhead, where
 * every word is capitalised and names cannot be told from the other words.
 */
function isNewName(detail: Detail, context: NewDetailContext): boolean {
  if (context.sentenceKind === "headline" || context.sentenceKind === "subhead") return false;
  if (ticker.test(detail.text)) return false;
  if (bracketedAcronym.test(detail.text) && context.text.charAt(detail.start - 1) === "(") return false;
  const name = detail.text.toLowerCase();
  if (context.referenceOutletNamesLower.some((outlet) => name === outlet || name.includes(outlet))) return false;
  return !context.referencePageLower.includes(name);
}
