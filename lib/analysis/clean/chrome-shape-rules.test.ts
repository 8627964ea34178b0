import { describe, expect, it } from "vitest";
import { matchChromeLine } from "./chrome-patterns";
import { splitLines } from "./split-lines";
import { splitLineNotes } from "./split-line-notes";

function reasonOf(line: string): string | null {
  const [page] = splitLines(line);
  return page ? (matchChromeLine(page)?.reason ?? null) : null;
}

// One row per shape of page chrome (wording invented for the test, not taken from any story), and
// rows of prose that uses the same words and must stay article text.
describe("chrome by shape", () => {
  it.each([
    ["an imperative join + a count of people + notifications is a call to action", "Join 25k+ readers to get notified about new stories and alerts.", "share-prompt"],
    ["subscribe + breaking news alerts", "Subscribe for breaking news alerts in your inbox", "share-prompt"],
    ["download the app", "Download the Harbour Times app for the latest news", "share-prompt"],
    ["the no-spam reassurance under a sign-up box", "Do not worry, we never spam!", "share-prompt"],
    ["unsubscribe at any time", "You can unsubscribe at any time.", "share-prompt"],
    ["an empty reading list", "You haven't saved any stories to your reading list yet.", "navigation"],
    ["a counter line", "1.2K views · 14 comments", "navigation"],
    ["a counter fragment cut from its label", ", 7 stiri, doua vizualizari", "navigation"],
    ["a source link at the foot of a copied article", "Source link: https://www.example.com/news/1", "author-box"],
    ["originally published at a domain", "Originally published at example.org", "author-box"],
    ["an agency-inputs tag in brackets", "(With inputs from agencies.)", "author-box"],
    ["an agency tag with 'Inputs'", "(AFP Inputs)", "author-box"],
    ["a bare agency tag after a dash", "— IANS", "author-box"],
    ["a desk byline", "By Staff Reporter", "author-box"],
    ["'Post by :' byline with a spaced colon", "Post by : Jane Example", "author-box"],
    ["a syndication note", "(This story has not been edited by Example staff and is auto-generated from a syndicated feed.)", "legal"],
    ["a currency footnote alone on its line", "($1 = 0.9210 euros)", "author-box"],
    ["an aerial-view caption", "An aerial view of the harbour, the city's busiest port. The port handles most of the region's freight.", "photo-credit"],
    ["a file-photo caption", "File photo of the old ferry terminal", "photo-credit"],
    ["a caption ending with an agency credit in brackets", "Mayor Jane Example. (AFP)", "photo-credit"],
    ["a caption ending with a photo credit in brackets", "Commuters wait at the terminal (Photo: City Archive)", "photo-credit"],
    ["prose opening with 'Join' that asks nothing of the reader", "Join talks between the two councils resumed on Monday after a week's pause, officials said.", null],
    ["prose about a newsletter", "The council said its newsletter would carry the bridge timetable from next month.", null],
    ["prose citing an agency", "The mayor told AFP the bridge would open within four years.", null],
    ["prose about the view from the bridge", "The view of the harbour from the new bridge will be the best in the city, the architect said.", null],
    ["a sentence with a comma inside", "Ferries, the council said, will keep running until 2029.", null],
  ])("%s", (_why, line, expected) => {
    expect(reasonOf(line)).toBe(expected);
  });
});

describe("splitLineNotes", () => {
  const line = (text: string) => ({ start: 10, end: 10 + text.length, text });
  it.each([
    ["a desk credit and currency note closing a line are cut off; nothing is left", "($1 = 128.5 Kenyan shillings) (Reporting by Jane Example; Editing by Joe Sample)", null, ["($1 = 128.5 Kenyan shillings)", "(Reporting by Jane Example; Editing by Joe Sample)"]],
    ["prose before a bracketed credit stays article text", "The bridge opens in 2029. (Reporting by Jane Example)", "The bridge opens in 2029.", ["(Reporting by Jane Example)"]],
    ["an agency tag closing a paragraph is cut off", "The bridge opens in 2029. (AFP Inputs)", "The bridge opens in 2029.", ["(AFP Inputs)"]],
    ["a bracketed acronym after a name is part of the sentence", "The Harbour Board (HB) approved it.", "The Harbour Board (HB) approved it.", []],
    ["a line without notes is kept whole", "The bridge opens in 2029.", "The bridge opens in 2029.", []],
    ["a currency note without a credit is a claim the line makes, kept", "($1 = 0.92 euros) The bridge costs $10 million.", "($1 = 0.92 euros) The bridge costs $10 million.", []],
  ])("%s", (_why, text, body, notes) => {
    const result = splitLineNotes(line(text));
    expect(result.body?.text ?? null).toBe(body);
    expect(result.notes.map((note) => note.text)).toEqual(notes);
    const page = `${" ".repeat(10)}${text}`;
    for (const span of [...result.notes, ...(result.body ? [result.body] : [])]) expect(page.slice(span.start, span.end)).toBe(span.text);
  });
});
