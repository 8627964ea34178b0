import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { segmentSentences } from "../segment";
import type { CleanResult } from "../types";
import { cleanArticle } from "./index";

const seedDir = path.resolve(
  import.meta.dirname,
  "../../../seeds/abraham-accords-expansion",
);
const seedFiles = {
  "000": "000_6fbb3d5136221882.txt",
  "001": "001_4d75c897f5d879f7.txt",
  "002": "002_383cd2eb02f0c364.txt",
  "003": "003_08e63f9825b4c2c5.txt",
  "004": "004_cd2b3fb8890cfec0.txt",
} as const;

function readSeed(id: keyof typeof seedFiles): string {
  return readFileSync(path.join(seedDir, seedFiles[id]), "utf8");
}

/** The verdict of the line that starts with `prefix`: "body", an exclusion reason, or undefined. */
function verdictOf(result: CleanResult, prefix: string): string | undefined {
  if (result.body.some((span) => span.text.startsWith(prefix))) return "body";
  return result.excluded.find((span) => span.text.startsWith(prefix))?.reason;
}

/** The non-blank lines of a page, trimmed. */
function nonBlankLines(text: string): string[] {
  return text
    .split(/\r\n|\n|\r/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
}

describe("seed pages", () => {
  it.each(Object.keys(seedFiles) as Array<keyof typeof seedFiles>)(
    "%s: every span and sentence slices back exactly",
    (id) => {
      const text = readSeed(id);
      const result = cleanArticle(text);
      const spans = [...result.body, ...result.excluded].sort(
        (a, b) => a.start - b.start,
      );
      for (const span of spans)
        expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(spans.map((span) => span.text)).toEqual(nonBlankLines(text));
      for (const sentence of segmentSentences(
        text,
        result.body,
        result.title,
      )) {
        expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
      }
    },
  );

  it("001: the three appended stories are unrelated stories and the article is kept", () => {
    const result = cleanArticle(readSeed("001"));
    expect(result.title?.text).toMatch(/^Trump eyes bringing Azerbaijan/);
    // First and last paragraphs of the article.
    expect(
      verdictOf(result, "As part of the Abraham Accords, inked in 2020"),
    ).toBe("body");
    expect(
      verdictOf(result, '"Armenia and Azerbaijan, we worked magic there,"'),
    ).toBe("body");
    // Headline and text of each appended story.
    for (const prefix of [
      "Xi tells Putin China welcomes",
      "BEIJING, Aug 8 (Reuters)",
      "Germany to halt military exports",
      "BERLIN, Aug 8 (Reuters)",
      "'Nothing left to occupy'",
      "Palestinians in Gaza expressed fear",
    ]) {
      expect(verdictOf(result, prefix), prefix).toBe("unrelated-story");
    }
    // Nothing after the "Related Articles" heading is body.
    const relatedStart = result.excluded.find(
      (span) => span.text === "Related Articles",
    )!.start;
    expect(result.body.every((span) => span.end <= relatedStart)).toBe(true);
    expect(verdictOf(result, "Comments")).toBe("comments");
  });

  it("003: the skip link, related links and image credit are excluded", () => {
    const result = cleanArticle(readSeed("003"));
    expect(verdictOf(result, "Skip to main content")).toBe("navigation");
    expect(verdictOf(result, "Photo: Generate by the Gemini AI.")).toBe(
      "photo-credit",
    );
    expect(verdictOf(result, "Related Links:")).toBe("related-links");
    expect(verdictOf(result, "https://www.reuters.com/")).toBe("related-links");
    expect(result.title?.text).toMatch(/^White House Courts Baku/);
    expect(verdictOf(result, "Should those pieces fall into place")).toBe(
      "body",
    );
    expect(verdictOf(result, "Why Azerbaijan matters")).toBe("body");
  });

  it("004: the photo credit, original-author line and latest-news list are excluded", () => {
    const result = cleanArticle(readSeed("004"));
    expect(verdictOf(result, "Photo: ")).toBe("photo-credit");
    expect(verdictOf(result, "Original Author:")).toBe("author-box");
    expect(verdictOf(result, "Latest news")).toBe("related-links");
    const listItems = result.excluded.filter((span) =>
      span.text.startsWith("- "),
    );
    expect(listItems.length).toBe(20);
    expect(listItems.every((span) => span.reason === "related-links")).toBe(
      true,
    );
    expect(verdictOf(result, "The U.S. State Department declined")).toBe(
      "body",
    );
  });

  it.each(["000", "002"] as const)(
    "%s: no article paragraph is excluded",
    (id) => {
      const text = readSeed(id);
      const result = cleanArticle(text);
      const paragraphs = nonBlankLines(text).filter(
        (line) => line.split(/\s+/).length >= 8,
      );
      for (const paragraph of paragraphs)
        expect(verdictOf(result, paragraph), paragraph).toBe("body");
    },
  );

  it("002 has no headline; 000 has its headline and its source line excluded", () => {
    expect(cleanArticle(readSeed("002")).title).toBeNull();
    const result = cleanArticle(readSeed("000"));
    expect(result.title?.text).toMatch(/^Trump administration in talks/);
    expect(verdictOf(result, "Tags")).toBe("navigation");
  });

  it("cleans and segments a seed page in well under a few milliseconds", () => {
    const text = readSeed("001");
    for (let i = 0; i < 20; i++)
      segmentSentences(text, cleanArticle(text).body, null); // warm up
    const runs = 50;
    const started = performance.now();
    for (let i = 0; i < runs; i++) {
      const result = cleanArticle(text);
      segmentSentences(text, result.body, result.title);
    }
    // About 0.6 ms on a laptop; the bound leaves room for slow CI machines.
    expect((performance.now() - started) / runs).toBeLessThan(5);
  });
});
