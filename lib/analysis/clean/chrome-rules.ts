/**
 * The whole-line chrome rules: generic wording sites put around articles (menus, link lists,
 * prompts, credits, widgets, legal lines), never the wording of any one story. Order matters:
 * the first rule that matches gives the reason.
 */
import type { ExclusionReason } from "../types";
import { chromeShapeRules } from "./chrome-shape-rules";

/**
 * What a chrome line is:
 * - "heading" opens a zone of chrome below it ("Related Articles", "Comments", "Tags") and marks
 *   the end of the article text above it, so later blocks are checked for being other stories;
 * - "end" is chrome that also ends the article (credits, copyright, "Original Author:");
 * - "line" is chrome on its own (a photo credit, "Advertisement", a share prompt);
 * - "meta" is page metadata (bylines, timestamps) that an appended story card may own.
 */
export type ChromeKind = "heading" | "end" | "line" | "meta";

/** One whole-line pattern with the reason and kind it gives. */
export interface ChromeRule {
  reason: ExclusionReason;
  kind: ChromeKind;
  pattern: RegExp;
  /**
   * Lines with more words are prose that merely mentions the phrase. Set per rule from what the
   * chrome looks like: labels and headings are a few words (1–8), prompts and credit lines a
   * sentence (20–60), photo captions up to two sentences (80).
   */
  maxWords: number;
  /**
   * A caseless character every match of `pattern` contains; lines without it are passed over
   * without running the pattern (a cost guard: most lines are prose without it).
   */
  requires?: string;
  /**
   * For a pattern that can only match at the end of the line (before optional whitespace and
   * one final "." ")" or "]") and has no `^`, `\b` or look-behind: every match starts within
   * this many characters of that end, so only that tail of the line is tested (a cost guard).
   */
  tail?: number;
}

const relatedHeading = new RegExp(
  "^(related( (articles?|stories|news|links|content|coverage|posts|reading|topics))?" +
    "|latest( (news|stories|articles|headlines|posts))?|also read|read (more|also|next)|see also" +
    "|more (from|on|about|in|stories|news|headlines|articles|for you)\\b.*|recommended( (for you|stories|articles|reading|videos))?" +
    "|you (may|might) (also )?(like|be interested in)|most (read|popular|viewed|shared|commented)" +
    "|trending( (now|stories|news))?|popular( (now|stories|news))?|top (stories|news|headlines)|editor'?s picks" +
    "|what to read next|further reading|don'?t miss|in other news|more like this|up next|watch next|other news)\\s*[:.]?$",
  "i",
);

/** Every rule, most specific first. */
export const chromeRules: readonly ChromeRule[] = [
  // Navigation: accessibility links, menus, breadcrumbs, tag lists, reading tools.
  {
    reason: "navigation",
    kind: "line",
    maxWords: 6,
    pattern:
      /^(skip to (main )?(content|navigation|search|footer)|jump to (content|navigation)|toggle navigation|(open|close|main) menu|menu|search|home|sections|back to top|go to top|scroll to top|next article|previous article|next story|previous story|log ?in|sign in|register|text size|font size|save( article| for later)?|gift (this )?article|listen to (this )?(article|story)|please enable javascript.*)\s*[.!]?$/i,
  },
  {
    reason: "navigation",
    kind: "heading",
    maxWords: 40,
    pattern:
      /^((hash)?tags?|topics|categories|filed under|suggested topics|explore more on these topics)(\s*[:#].*)?$/i,
  },
  {
    reason: "navigation",
    kind: "line",
    maxWords: 12,
    pattern: /^[^.!?>»›/|]{1,40}( [>»›/|] [^.!?>»›/|]{1,40}){2,}$/,
  },
  // Related links: headings, "Read more: …" lines, bare URLs.
  {
    reason: "related-links",
    kind: "heading",
    maxWords: 8,
    pattern: relatedHeading,
  },
  {
    reason: "related-links",
    kind: "line",
    maxWords: 30,
    pattern:
      /^(also read|read more|read also|see also|related|read next|more|watch|listen|recommended|related (story|article|coverage)|must read)(\s*[:|»›>]|\s+[–—-])\s*\S/i,
  },
  {
    reason: "related-links",
    kind: "line",
    maxWords: 3,
    pattern: /^(https?:\/\/|www\.)\S+$/i,
  },
  // Share, follow, subscribe and newsletter prompts.
  {
    reason: "share-prompt",
    kind: "line",
    maxWords: 40,
    pattern:
      /\b(sign up here|sign up (for|to) (our|the)\b|subscribe (now|today|here|to (our|the))|follow us\b|share this (article|story|post|page)|our newsletters?\b|newsletter (provides|brings|delivers)|join (us on|our (newsletter|mailing list|community|channel|telegram|whatsapp))\b|download (our|the) app|click here\b|get (our|the) (app|newsletter)|get the latest news|reuse this content)/i,
  },
  {
    reason: "share-prompt",
    kind: "line",
    maxWords: 8,
    pattern:
      /^((share|follow|email|print|copy link|facebook|twitter|x|linkedin|whatsapp|telegram|reddit|pinterest|flipboard|threads|bluesky|instagram|newsletters?)[\s,|·•/]*)+(on \w+)?$/i,
  },
  {
    reason: "share-prompt",
    kind: "line",
    maxWords: 4,
    pattern:
      /^(like|share|rate|love) this( (article|post|story|page))?\s*[:?!]?$/i,
  },
  {
    reason: "share-prompt",
    kind: "line",
    maxWords: 8,
    pattern:
      /^(share|follow|subscribe)(\s+(on|via|to|this|us|now|article|story|page|the author))*(\s+(facebook|twitter|x|linkedin|whatsapp|telegram|email|google news))*\s*[:.!]?$/i,
  },
  // Photo and image credits and captions.
  {
    reason: "photo-credit",
    kind: "line",
    maxWords: 80,
    pattern:
      /^(file )?(photo|image|picture|pictured|illustration|photograph|photo ?illustration|caption|credit|video|graphic|cover image|main image|top image|header image)s?( credits?)?\s*(:|\||–|—|-|\/)\s*/i,
  },
  {
    reason: "photo-credit",
    kind: "line",
    maxWords: 80,
    pattern:
      /\b(reuters|ap|afp|epa|getty images|anadolu|xinhua|tass)\s?\/\s?\p{L}/iu,
    requires: "/",
  },
  {
    reason: "photo-credit",
    kind: "line",
    maxWords: 80,
    pattern: /purchase licensing rights/iu,
  },
  // Wire-style credit closing a caption: "AGENCY/First Last", "AGENCY/First Last/File Photo".
  {
    reason: "photo-credit",
    kind: "line",
    maxWords: 80,
    pattern:
      /\b\p{Lu}{2,}( \p{Lu}{2,})?\s?\/\s?\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){0,3}(\/[\p{L} ]{1,20})?\s*[.)]?$/u,
    requires: "/",
  },
  {
    reason: "photo-credit",
    kind: "line",
    maxWords: 15,
    pattern:
      /\b(photos?|images?|pictures?|photographs?|illustrations?) (by|credit|courtesy|source)\b/i,
  },
  {
    reason: "photo-credit",
    kind: "line",
    maxWords: 80,
    pattern:
      /(getty images|shutterstock|istock(photo)?|alamy( stock photo)?|ap photo|afp photo|epa-efe)\s*[.)\]]?$/i,
    tail: "alamy stock photo".length, // the longest alternative
  },
  // Author boxes, bylines, credit and source lines.
  {
    reason: "author-box",
    kind: "end",
    maxWords: 30,
    pattern:
      /^(original author|about the authors?|author bio|authors?)\b\s*(:.*)?$/i,
  },
  {
    reason: "author-box",
    kind: "end",
    maxWords: 60,
    pattern:
      /^\(?(additional )?(reporting|writing|editing|reported|edited|compiled|translated|graphics) by \p{Lu}/iu,
  },
  {
    reason: "author-box",
    kind: "end",
    maxWords: 40,
    pattern: /\bcontributed (to )?(this|the) (report|story|article)\W*$/i,
  },
  {
    reason: "author-box",
    kind: "end",
    maxWords: 10,
    pattern: /^sources?\s*:\s*\p{Lu}/iu,
  },
  {
    reason: "author-box",
    kind: "meta",
    maxWords: 14,
    pattern:
      /^([Bb]y|[Ww]ords by|[Ss]tory by|[Pp]ost(ed)? by|[Pp]ublished by|[Ww]ritten by|[Rr]eported by|[Aa]uthor)(\s*:)?\s+\p{Lu}[\p{L}.'’-]*(\s+(\p{Lu}[\p{L}.'’-]*|and|&|,|in|\||-|–|—|de|van|von|al|bin))*\s*$/u,
  },
  {
    reason: "author-box",
    kind: "end",
    maxWords: 20,
    pattern:
      /^(contact|e-?mail|write to|follow( the author)?)\b.{0,80}(@|\bat\b.{0,40}\.(com|org|net))/i,
  },
  {
    reason: "author-box",
    kind: "meta",
    maxWords: 3,
    pattern: /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/,
  },
  // Comment widgets.
  {
    reason: "comments",
    kind: "heading",
    maxWords: 6,
    pattern:
      /^(\d+\s+)?(comments?|leave a (comment|reply)|post a comment|add a comment|write a comment|join the (conversation|discussion)|show comments|view comments|load comments|comments? \(\d+\)|reader comments)\s*[:.!…]*$/i,
  },
  {
    reason: "comments",
    kind: "line",
    maxWords: 12,
    pattern:
      /^(no comments( yet)?|be the first to comment|(log|sign) in to (comment|reply)|reply|report( comment)?|comments are closed|comments have been disabled)\s*[.!…]*$/i,
  },
  // Advertisement markers.
  {
    reason: "advertisement",
    kind: "line",
    maxWords: 8,
    pattern:
      /^(advertisement|advertisements|ad|ads|ad feedback|sponsored|sponsored content|promoted( content)?|paid (content|post)|partner content|story continues( below( advertisement)?)?|continue reading below|article continues (below|after (this )?advertisement)|scroll to continue( with content)?|content continues below)\s*[:.]*$/i,
  },
  // Copyright, legal, standards and cookie lines.
  {
    reason: "legal",
    kind: "end",
    maxWords: 40,
    pattern:
      /(all rights reserved|©|\(c\)\s*\d{4}|^copyright\s*(©|\(c\)|\d{4})|trust principles|^our standards\b|may not be (published|reproduced|republished|redistributed), (broadcast|distributed|transmitted|rewritten))/i,
  },
  {
    reason: "legal",
    kind: "end",
    maxWords: 20,
    pattern:
      /^((privacy policy|terms (of|and) (use|service|conditions)|cookie (policy|settings)|contact us|about us|accessibility|advertise( with us)?|careers|sitemap)\s*[|·•,]?\s*)+$/i,
  },
  {
    reason: "legal",
    kind: "line",
    maxWords: 60,
    pattern: /\b(we use cookies|accept (all )?cookies|cookie preferences)\b/i,
  },
  // Calls to action, counters, agency tags, syndication notes, captions: by shape (chrome-shape-rules.ts).
  ...chromeShapeRules,
  // A link whose text ends in the "opens new tab" artefact; last, so a credit or legal line keeps its own reason.
  {
    reason: "related-links",
    kind: "line",
    maxWords: 14,
    pattern: /\bopens? (in )?(a )?new (tab|window)\s*[.)]?$/i,
  },
];

/** Timestamps and reading-time labels: "20 minutes ago", "August 1, 2025 4:05 PM", "5 min read". */
export const timestampLine =
  /^((updated|published|posted|last updated|first published)\s*:?\s*)?(\d+\s+(seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago|just now|yesterday|today|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}(,?\s+\d{1,2}:\d{2}.*)?|(\d{1,2}\s+)?(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(\d{1,2},?\s+)?\d{4}\b.{0,40}|\d+\s+min(ute)?s?\s+read)$/i;
