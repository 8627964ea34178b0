import { describe, expect, it } from "vitest";
import type { ExclusionReason } from "../types";
import { cleanArticle } from "./index";

type Verdict = ExclusionReason | "body";

/** A page as lines with the verdict each should get; blank lines ("") belong to neither. */
interface Row {
  why: string;
  lines: Array<[line: string, verdict: Verdict] | "">;
  title?: string | null;
}

// A small article about a harbour bridge, reused by rows that need prose around the chrome.
const headline = "Harbour city approves new bridge after decade of delays";
const lead =
  "The city council of Portbridge voted on Tuesday to fund a new harbour bridge, ending ten years of delays over its cost and design.";
const second =
  "Council members said the harbour bridge would replace the ageing ferry link and cut the commute across the harbour by half.";
const third =
  "Construction of the bridge is due to start next spring, and the council expects the harbour crossing to open within four years.";
const fourth =
  "Opponents of the bridge on the council argued the harbour ferry could be upgraded for a fraction of the cost of construction.";
const article: Row["lines"] = [
  [headline, "body"],
  [lead, "body"],
  [second, "body"],
  [third, "body"],
];

const rows: Row[] = [
  {
    why: "accessibility link and menu labels above the headline are navigation",
    lines: [
      ["Skip to main content", "navigation"],
      ["World", "navigation"],
      ["Business", "navigation"],
      "",
      ...article,
    ],
    title: headline,
  },
  {
    why: "a breadcrumb trail is navigation",
    lines: [["Home > World > Europe", "navigation"], ...article],
    title: headline,
  },
  {
    why: "a byline and a bare source name under the headline are an author box; a date line is page metadata",
    lines: [
      [headline, "body"],
      ["By Jane Example", "author-box"],
      ["Newswire", "author-box"],
      ["March 3, 2025", "navigation"],
      [lead, "body"],
    ],
    title: headline,
  },
  {
    why: "photo captions and credits in their usual forms are photo credits",
    lines: [
      [headline, "body"],
      ["Photo: City Archive", "photo-credit"],
      [lead, "body"],
      ["The old ferry terminal at dusk. NEWSWIRE/Jane Example", "photo-credit"],
      [
        "Commuters wait for the ferry. Example Agency via Getty Images",
        "photo-credit",
      ],
      [second, "body"],
    ],
  },
  {
    why: "an advertisement marker mid-article is excluded and the article goes on",
    lines: [...article, ["Advertisement", "advertisement"], [fourth, "body"]],
  },
  {
    why: "share and newsletter prompts are excluded without ending the article",
    lines: [
      ...article,
      ["Share this article", "share-prompt"],
      [
        "The Morning Brief newsletter brings you the day's news. Sign up here.",
        "share-prompt",
      ],
      ["Facebook Twitter Email", "share-prompt"],
      [fourth, "body"],
    ],
  },
  {
    why: "an inline 'Read more:' link line is a related link, and the article continues",
    lines: [
      ...article,
      ["Read more: Ferry fares to rise in autumn", "related-links"],
      [fourth, "body"],
    ],
  },
  {
    why: "a related heading ends the article; the headline list under it is related links",
    lines: [
      ...article,
      ["Latest news", "related-links"],
      ["- Storm closes mountain pass for second day", "related-links"],
      ["- Local team wins regional cup final", "related-links"],
      ["https://example.com/news/storm-closes-pass", "related-links"],
    ],
  },
  {
    why: "a link line ending in 'opens new tab' is a link artefact",
    lines: [
      ...article,
      ["Read the council report, opens new tab", "related-links"],
      [fourth, "body"],
    ],
  },
  {
    why: "'opens new tab' inside a paragraph is part of the paragraph",
    lines: [
      [headline, "body"],
      [`${lead.slice(0, -1)}, opens new tab. ${second}`, "body"],
    ],
  },
  {
    why: "a reporting credit is an author box and ends the article; standards and copyright lines are legal",
    lines: [
      ...article,
      ["Reporting by Jane Example; Editing by Joe Sample", "author-box"],
      ["Our Standards: The Example Trust Principles.", "legal"],
      ["© 2025 Example Media. All rights reserved.", "legal"],
    ],
  },
  {
    why: "'Original Author:' is an author box",
    lines: [...article, ["Original Author: Jane Example", "author-box"]],
  },
  {
    why: "a comment widget, including a comment under it, is excluded as comments",
    lines: [
      ...article,
      ["Comments", "comments"],
      [
        "Great news for everyone who commutes across the harbour every single day of the week.",
        "comments",
      ],
      ["Leave a Reply", "comments"],
    ],
  },
  {
    why: "a whole other story under a related heading (headline + dateline paragraph) is an unrelated story",
    lines: [
      ...article,
      ["Related Articles", "related-links"],
      ["Newswire", "unrelated-story"],
      ["2 hours ago", "unrelated-story"],
      [
        "Central bank holds interest rates as inflation cools",
        "unrelated-story",
      ],
      [
        "FRANKFURT, May 2 (Newswire) - The central bank kept its main interest rate unchanged on Thursday, saying inflation had cooled faster than expected while growth stayed weak.",
        "unrelated-story",
      ],
    ],
  },
  {
    why: "after an end marker, prose that shares little vocabulary with the article is another story even without a headline",
    lines: [
      ...article,
      ["Tags: bridges, transport", "navigation"],
      [
        "Tennis fans queued overnight for tickets to the final, where the defending champion will face a qualifier who has not dropped a set all tournament.",
        "unrelated-story",
      ],
    ],
  },
  {
    why: "after a mid-article 'Read more' box, prose sharing the article's vocabulary resumes the article",
    lines: [
      ...article,
      ["Read more", "related-links"],
      ["- Ferry fares to rise in autumn", "related-links"],
      [fourth, "body"],
    ],
  },
  {
    why: "a second wire dateline deep in the body starts an appended story with its headline",
    lines: [
      ...article,
      [fourth, "body"],
      [
        "Central bank holds interest rates as inflation cools",
        "unrelated-story",
      ],
      [
        "FRANKFURT, May 2 (Newswire) - The central bank kept its main interest rate unchanged on Thursday, saying inflation had cooled faster than expected.",
        "unrelated-story",
      ],
    ],
  },
  {
    why: "a correspondent bio at the foot of the article is an author box",
    lines: [
      ...article,
      [
        "Jane Example is a correspondent covering transport and city politics.",
        "author-box",
      ],
    ],
  },
  {
    why: "a run of short labels inside the page is a menu",
    lines: [
      ...article,
      ["Sport", "navigation"],
      ["Culture", "navigation"],
      ["Travel", "navigation"],
      [fourth, "body"],
    ],
  },
  {
    why: "a repeated headline (page title and h1 both captured) is kept once",
    lines: [
      [headline, "body"],
      [headline, "navigation"],
      [lead, "body"],
    ],
    title: headline,
  },
  {
    why: "prose that mentions newsletters, copyright or photos is not chrome",
    lines: [
      [headline, "body"],
      [lead, "body"],
      [
        "The council also approved a newsletter for residents, a copyright policy for its archive and a budget for photos by local artists to decorate the bridge piers, officials said.",
        "body",
      ],
    ],
  },
  {
    why: "a page that opens with prose has no headline",
    lines: [
      [lead, "body"],
      [second, "body"],
    ],
    title: null,
  },
];

describe("cleanArticle", () => {
  it.each(rows)("$why", ({ lines, title }) => {
    const text = lines.map((line) => (line === "" ? "" : line[0])).join("\n");
    const result = cleanArticle(text);
    const spans = [
      ...result.body.map((span) => ({ ...span, verdict: "body" as Verdict })),
      ...result.excluded.map((span) => ({
        ...span,
        verdict: span.reason as Verdict,
      })),
    ].sort((a, b) => a.start - b.start);
    expect(spans.map((span) => [span.text, span.verdict])).toEqual(
      lines.filter((line) => line !== ""),
    );
    for (const span of spans)
      expect(text.slice(span.start, span.end)).toBe(span.text);
    if (title !== undefined) expect(result.title?.text ?? null).toBe(title);
  });

  it("keeps body and excluded spans in order, non-overlapping, trimmed, and covering every non-blank line", () => {
    const text =
      "  Skip to main content \r\n\r\n" +
      [
        headline,
        lead,
        "Advertisement",
        second,
        "Related Articles",
        "- A link",
      ].join("\r\n");
    const { body, excluded } = cleanArticle(text);
    const spans = [...body, ...excluded].sort((a, b) => a.start - b.start);
    spans.forEach((span, i) => {
      expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(span.text).toBe(span.text.trim());
      if (i > 0) expect(span.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
    });
    const nonBlankLines = text
      .split(/\r\n|\n|\r/)
      .filter((line) => line.trim() !== "");
    expect(spans.map((span) => span.text)).toEqual(
      nonBlankLines.map((line) => line.trim()),
    );
  });

  it("stays linear on adversarial pages", () => {
    const pages = [
      "Short line\n".repeat(100_000),
      "word ".repeat(400_000),
      `${headline}\n${lead}\nRelated Articles\n` +
        `Some other headline here\n${fourth.replace("bridge", "tram")}\n`.repeat(
          10_000,
        ),
      `${headline}\n${lead}\n` +
        "Jane Example is a correspondent covering transport in the north of the country.\n".repeat(
          20_000,
        ),
      `${headline}\n${lead}\n` + `Read more\n${second}\n`.repeat(10_000),
    ];
    const started = performance.now();
    for (const page of pages) {
      const { body, excluded } = cleanArticle(page);
      const mismatches = [...body, ...excluded].filter(
        (span) => page.slice(span.start, span.end) !== span.text,
      );
      expect(mismatches).toEqual([]);
    }
    // Linear passes take well under a second here; a quadratic path would take minutes.
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("returns nothing for an empty or blank page", () => {
    expect(cleanArticle("")).toEqual({ body: [], excluded: [], title: null });
    expect(cleanArticle(" \n\n\t\n")).toEqual({
      body: [],
      excluded: [],
      title: null,
    });
  });
});
