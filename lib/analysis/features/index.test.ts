import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import type { SentenceFeatures, Span } from "../types";
import {
  extractFeatures,
  inferReferenceOutletNames,
  MAX_SENTENCE_CHARS,
} from "./index";
import { listSliceMismatches } from "./test-support";

const SEEDS = path.resolve(import.meta.dirname, "../../../seeds");

function listSeedPages(): string[] {
  return readdirSync(SEEDS, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) =>
      readdirSync(path.join(SEEDS, entry.name))
        .filter((name) => name.endsWith(".txt"))
        .map((name) => path.join(SEEDS, entry.name, name)),
    );
}

/** Every line of a page as [start, end) offsets. */
function listLines(text: string): Array<{ start: number; end: number }> {
  const lines: Array<{ start: number; end: number }> = [];
  let start = 0;
  for (const line of text.split("\n")) {
    lines.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return lines;
}

function listSpans(features: SentenceFeatures): Span[] {
  return Object.values(features).flat() as Span[];
}

describe("extractFeatures over the seed pages", () => {
  const pages = listSeedPages();
  it("finds the seed pages", () =>
    expect(pages.length).toBeGreaterThanOrEqual(5));

  it.each(pages.map((file) => [path.basename(file), file]))(
    "every offset of %s slices back",
    (_name, file) => {
      const text = readFileSync(file, "utf8");
      const ctx = { referenceOutletNames: inferReferenceOutletNames(text) };
      const lines = listLines(text);
      let mentions = 0;
      lines.forEach((line, index) => {
        const features = extractFeatures(
          text,
          line.start,
          line.end,
          ctx,
          lines[index + 1],
        );
        const spans = listSpans(features);
        mentions += spans.length;
        expect(listSliceMismatches(text, spans)).toEqual([]);
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(line.start);
          expect(span.end).toBeLessThanOrEqual(line.end);
        }
      });
      expect(mentions).toBeGreaterThan(0);
    },
  );
});

describe("extractFeatures", () => {
  it("reports absolute offsets for a sentence in the middle of a text", () => {
    const text =
      "First line.\n“We will sign within weeks,” three officials told Wirepost.\n";
    const start = text.indexOf("“");
    const end = text.lastIndexOf(".") + 1;
    const features = extractFeatures(text, start, end, {
      referenceOutletNames: ["Wirepost"],
    });
    expect(features.quotes).toMatchObject([
      {
        text: "We will sign within weeks",
        speaker: "three officials",
        speakerKind: "anonymous",
      },
    ]);
    expect(features.attributions).toMatchObject([
      { source: "three officials", count: 3, sourceKind: "anonymous" },
      { source: "Wirepost", sourceKind: "reference-outlet" },
    ]);
    expect(features.attributions[0]).not.toHaveProperty("isChannel");
    expect(features.times).toMatchObject([
      { text: "within weeks", kind: "duration" },
    ]);
    expect(features.modals).toMatchObject([{ word: "will" }]);
    expect(listSliceMismatches(text, listSpans(features))).toEqual([]);
  });

  it("credits a quote to a pronoun that opens the next sentence", () => {
    const text = "“The border stays shut.” He said it twice.";
    const split = text.indexOf(" He");
    const features = extractFeatures(
      text,
      0,
      split,
      { referenceOutletNames: [] },
      { start: split, end: text.length },
    );
    expect(features.quotes).toMatchObject([
      { text: "The border stays shut", speaker: "He", speakerKind: null },
    ]);
  });

  it("caps the work on adversarial input", () => {
    const inputs = [
      "a-".repeat(200_000),
      "“".repeat(100_000),
      `${"1,".repeat(100_000)}1`,
      "U.".repeat(100_000),
      "said the ".repeat(50_000),
      "in 2020 and ".repeat(30_000),
    ];
    for (const text of inputs) {
      const features = extractFeatures(text, 0, text.length, {
        referenceOutletNames: ["Wirepost"],
      });
      const spans = listSpans(features);
      expect(listSliceMismatches(text, spans)).toEqual([]);
      expect(spans.every((span) => span.end <= MAX_SENTENCE_CHARS + 100)).toBe(
        true,
      );
    }
  });

  it("clamps offsets outside the text", () => {
    const text = "Five sources said so.";
    const features = extractFeatures(text, -10, 10_000, {
      referenceOutletNames: [],
    });
    expect(features.numbers).toMatchObject([{ text: "Five", value: 5 }]);
  });
});
