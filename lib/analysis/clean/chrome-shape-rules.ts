/**
 * Chrome recognised by its shape and the vocabulary of page furniture, in any site: calls to
 * action, counters, credit and agency tags, syndication notes and photo captions. Like
 * `chrome-rules.ts`, never the wording of one story: every rule names a kind of line that sites
 * put around articles, and the word limits keep prose that merely mentions the words.
 */
import type { ChromeRule } from "./chrome-rules";

// News agencies whose name alone, or in brackets, tags a line as a credit ("(AFP)", "— IANS").
// The big international and national wires, from their own sites; a lexicon of the trade, not
// of any story.
export const agencies =
  "afp|ap|reuters|ani|ians|pti|uni|xinhua|dpa|efe|ansa|bernama|yonhap|kyodo|tass|ria novosti|anadolu|aa|wam|spa|kuna|mena|bss|apa|ntb|tt|sda|anp|belga|aap|cna|pna|ptv|nan|kna|bloomberg|agencies|wires?";

// The objects a call to action asks the reader to act on. Together with an imperative opening
// verb this is a prompt; either alone is prose ("Follow-on talks", "the newsletter said").
const promptObjects =
  "newsletters?|updates|notifications?|notified|alerts?|inbox|posts|tips|app|channel|community|subscribers|followers|members|readers|feed|bookmarks?|breaking news|latest (news|stories|headlines)|whatsapp|telegram|youtube|podcast";

/** Shape rules, tried after the fixed-phrase rules of `chrome-rules.ts`. */
export const chromeShapeRules: readonly ChromeRule[] = [
  // Calls to action: an imperative at the head of the line ("Join 10k+ people to get notified about
  // new posts", "Subscribe for breaking news alerts", "Download our app"). 25 words: the longest
  // prompt in the eval pages is 13 words; a sentence of prose opening with "join" is rarer still.
  {
    reason: "share-prompt",
    kind: "line",
    maxWords: 25,
    pattern: new RegExp(
      `^(please |now |never miss\\b.{0,40}|don'?t miss\\b.{0,40})?(subscribe|join|follow|sign ?up|register|download|share|get|stay (up to date|updated|informed|connected|tuned)|click|tap|install|turn on|enable|bookmark|save|be the first)\\b.{0,120}\\b(${promptObjects})\\b`,
      "i",
    ),
  },
  // The reassurance under a sign-up box: "Do not worry we don't spam!", "Unsubscribe at any time".
  {
    reason: "share-prompt",
    kind: "line",
    maxWords: 20,
    pattern:
      /\b(we (don'?t|do not|never|won'?t|will never) (spam|send spam|share your (email|data|details))|no spam\b|spam[- ]free|unsubscribe (at )?any ?time|you can unsubscribe)/i,
  },
  // Empty states and labels of reading-list widgets: "You have not yet added any article to your bookmarks!".
  {
    reason: "navigation",
    kind: "line",
    maxWords: 20,
    pattern:
      /\b(you have(n'?t| not)( yet)? (added|saved|bookmarked|followed)|your (bookmarks|reading list|saved (articles|stories|items))\b|(no|0) (saved|bookmarked) (articles|stories|items))/i,
  },
  // Counters: "1.2K views", "Join 10k+", "4 comments · 12 shares". A line made only of counts.
  {
    reason: "navigation",
    kind: "line",
    maxWords: 10,
    pattern:
      /^[\s,;·•|]*(\d[\d.,]*\s*[kmb]?\+?\s*(views?|reads?|shares?|comments?|likes?|reactions?|followers?|subscribers?|readers?|stories|articles|news|votes?|claps?)\b[\s,;·•|]*)+$/i,
  },
  // A short fragment opening with a comma or semicolon and holding a count (", 4 știri, o
  // vizualizare"): the tail of a widget cut from its label. Prose lines never open with a comma;
  // 8 words keeps this to counters.
  {
    reason: "navigation",
    kind: "line",
    maxWords: 8,
    pattern: /^[,;]\s*\S*\d/u,
  },
  // Source links and "via" credits at the foot of copied articles: "Source link: https://…",
  // "Originally published at example.com", "Via: Example News".
  {
    reason: "author-box",
    kind: "line",
    maxWords: 12,
    pattern:
      /^(source( link| url)?|via|original (article|source|story|link)|read the original( article| story)?( at| on)?|(originally|first) (published|appeared) (at|on|in|by))\s*[:\-–—]?\s*(https?:\/\/|www\.|\S+\.[a-z]{2,}\b|\p{Lu})/iu,
  },
  // Agency tags: "(With inputs from agencies.)", "(AFP Inputs)", "With agency inputs", "— IANS".
  // "meta": an appended story card may carry its own agency tag.
  {
    reason: "author-box",
    kind: "meta",
    maxWords: 12,
    pattern: new RegExp(
      `^[([]?\\s*(with (additional )?(inputs?|reporting|agency inputs|input) (from|by)\\b.*|(inputs?|reporting) (from|by) (${agencies})\\b.*|with (${agencies}) inputs?|(${agencies})( and (${agencies}))?( inputs?| reporting| contributed.*)?|(by )?(staff|web) (reporter|desk|writer)|(by )?(our|news) (correspondent|bureau|desk|staff))\\s*[.)\\]]*\\s*$`,
      "iu",
    ),
  },
  // A bare agency tag at the head of a line: "— AFP", "- IANS".
  {
    reason: "author-box",
    kind: "meta",
    maxWords: 3,
    pattern: new RegExp(`^[-–—]\\s*(${agencies})\\s*\\.?$`, "i"),
  },
  // Syndication notes: "(Except for the headline, this story has not been edited by … staff and
  // is published from a syndicated feed.)", "This article was auto-generated from a wire feed".
  {
    reason: "legal",
    kind: "line",
    maxWords: 40,
    pattern:
      /\b(syndicated (news )?(feed|content|service)|(this|the) (story|article|report|content|post) (has|have) not been edited|auto-?generated (from|by) (a|an|the)? ?(syndicated|wire|news|agency|rss))/i,
  },
  // Reuters' currency footnote "($1 = 128.5000 Kenyan shillings)": a conversion note, not a claim.
  {
    reason: "author-box",
    kind: "line",
    maxWords: 12,
    pattern: /^\(\s*\p{Sc}?\s*1\s*=\s*\p{Sc}?\s*[\d.,]+\s+[\p{L} ]{2,40}\)\s*$/u,
  },
  // Photo captions that describe a picture: "An aerial view of …", "A general view shows …",
  // "File photo of …". 60 words: a Reuters caption runs to two sentences.
  {
    reason: "photo-credit",
    kind: "line",
    maxWords: 60,
    pattern:
      /^(an? |the )?((aerial|general|drone|satellite|close-up|wide|file|undated|handout|archive|representational|representative|stock) )(view|photo(graph)?|image|picture|shot|snapshot|footage)s? (of|shows?|showing|taken|from|dated)\b/i,
  },
  {
    reason: "photo-credit",
    kind: "line",
    maxWords: 60,
    pattern:
      /^(file|representational|representative|archive|stock|handout) (photo(graph)?|picture|image)s?\b/i,
  },
  // A short line ending in a credit in brackets: "U.S. President Donald Trump. (AFP)",
  // "Protesters in Nairobi (Photo: Reuters)", "The harbour (File image)". 30 words: captions.
  {
    reason: "photo-credit",
    kind: "line",
    maxWords: 30,
    pattern: new RegExp(
      `\\((${agencies}|getty( images)?|epa|ap photo|afp photo|file( photo| image| picture)?|representational( image| photo| picture)?|(photo|image|picture|credit)s?\\s*(:|by|credit)[^()]{1,40}|[^()]{1,30} (photo|image|picture))\\)\\s*\\.?$`,
      "iu",
    ),
    requires: ")",
    tail: 60,
  },
];
