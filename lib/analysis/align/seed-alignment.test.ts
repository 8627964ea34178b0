import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  type AlignUnit,
  alignArticle,
  buildAlignIndex,
  tokenize,
} from "./index";

// The Abraham Accords seed story: 001 is the Reuters reference, the others rewrite it. Sentences
// are cut crudely here (lines, then . ! ? before a capital, not after "U.S."); the real
// segmenter lives in lib/analysis/segment and is not a dependency of this stage.
const SEED_DIR = path.resolve(
  import.meta.dirname,
  "../../../seeds/abraham-accords-expansion",
);
const read = (file: string): string =>
  readFileSync(path.join(SEED_DIR, file), "utf8");

function splitCrudely(
  text: string,
  stopAt = text.length,
): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    if (line.index >= stopAt) break;
    const boundaries = [
      ...line[0].matchAll(/(?<![A-Z]\.[A-Z]\.)(?<=[.!?][”"]?)\s+(?=[“"A-Z])/g),
    ];
    let from = 0;
    for (const cut of [
      ...boundaries.map((b) => ({ at: b.index, next: b.index + b[0].length })),
      null,
    ]) {
      const piece = line[0].slice(from, cut?.at ?? line[0].length);
      const lead = piece.length - piece.trimStart().length;
      const start = line.index + from + lead;
      if (piece.trim() !== "")
        spans.push({ start, end: start + piece.trim().length });
      from = cut?.next ?? 0;
    }
  }
  return spans;
}

const reference = read("001_4d75c897f5d879f7.txt");
// The reference page ends its article at "Hashtags"; unrelated stories follow.
const units: AlignUnit[] = splitCrudely(
  reference,
  reference.indexOf("\nHashtags"),
).map((s, i) => ({
  id: `u${i}`,
  ...s,
  text: reference.slice(s.start, s.end),
}));
const index = buildAlignIndex(units);
const unitStarting = (prefix: string): string => {
  const unit = units.find((u) => u.text.startsWith(prefix));
  if (unit === undefined)
    throw new Error(`no reference unit starts with ${prefix}`);
  return unit.id;
};

/** Accepted unit ids of the derivative sentence starting with `prefix`, aligned in its article. */
function acceptedFor(file: string, prefix: string): string[] {
  const text = read(file);
  const sentences = splitCrudely(text);
  const at = sentences.findIndex((s) =>
    text.slice(s.start, s.end).startsWith(prefix),
  );
  if (at < 0) throw new Error(`no sentence of ${file} starts with ${prefix}`);
  const alignment = alignArticle(index, text, sentences);
  return alignment.sentences[at]?.matches.map((m) => m.unitId) ?? [];
}

describe("seed story: rewrites align to the reference sentence they retell", () => {
  const rows: {
    file: string;
    sentence: string;
    reference: string[];
    why: string;
  }[] = [
    {
      file: "002_383cd2eb02f0c364.txt",
      sentence: "Two of the sources argue",
      reference: ["Two of the sources argued"],
      why: "near-verbatim, tense changed",
    },
    {
      file: "002_383cd2eb02f0c364.txt",
      sentence: "A potential sticking point",
      reference: ["Another key sticking point"],
      why: "opening reworded, rest copied",
    },
    {
      file: "000_6fbb3d5136221882.txt",
      sentence: "Trump’s special envoy",
      reference: ["Trump's special envoy"],
      why: "shortened, British spelling",
    },
    {
      file: "000_6fbb3d5136221882.txt",
      sentence: "It is unclear which other",
      reference: ["It was not clear which other"],
      why: "'unclear' for 'not clear', list reordered",
    },
    {
      file: "000_6fbb3d5136221882.txt",
      sentence: "The White House, Israeli",
      reference: ["The White House, the Israeli"],
      why: "near-verbatim with 'Reuters'' added",
    },
    {
      file: "004_cd2b3fb8890cfec0.txt",
      sentence: "The Abraham Accords, brokered",
      reference: ["As part of the Abraham Accords"],
      why: "clauses reordered and paraphrased",
    },
    {
      file: "004_cd2b3fb8890cfec0.txt",
      sentence: "Reuters claims that",
      reference: ["As part of the discussions, Azerbaijani"],
      why: "paraphrase with a doubting verb",
    },
    {
      file: "003_08e63f9825b4c2c5.txt",
      sentence: "More than 60,000 Palestinians",
      reference: ["The war in Gaza, where over 60,000"],
      why: "the figure and its source survive a rewrite",
    },
    {
      file: "003_08e63f9825b4c2c5.txt",
      sentence: "Steve Witkoff, Trump’s special envoy",
      reference: ["Trump's special envoy", "Aryeh Lightstone"],
      why: "one sentence merging two reference sentences (the envoy's trip, then his aide's)",
    },
    {
      file: "003_08e63f9825b4c2c5.txt",
      sentence: "Studies by the World Bank",
      reference: [],
      why: "added background: no counterpart",
    },
    {
      file: "003_08e63f9825b4c2c5.txt",
      sentence: "“Symbolism matters,”",
      reference: [],
      why: "invented quote sharing only 'White House'",
    },
    {
      file: "000_6fbb3d5136221882.txt",
      sentence: "“This is about deepening",
      reference: [],
      why: "invented quote: no counterpart",
    },
  ];

  it.each(rows)(
    "$file: $sentence… ($why)",
    ({ file, sentence, reference: expected }) => {
      expect(acceptedFor(file, sentence).sort()).toEqual(
        expected.map(unitStarting).sort(),
      );
    },
  );

  it("every token of every seed line slices back to a word of the page", () => {
    for (const file of [
      "000_6fbb3d5136221882.txt",
      "001_4d75c897f5d879f7.txt",
      "002_383cd2eb02f0c364.txt",
      "003_08e63f9825b4c2c5.txt",
      "004_cd2b3fb8890cfec0.txt",
    ]) {
      const text = read(file);
      for (const line of text.matchAll(/[^\n]+/g)) {
        let last = line.index;
        for (const t of tokenize(
          text,
          line.index,
          line.index + line[0].length,
        )) {
          expect(t.start).toBeGreaterThanOrEqual(last);
          expect(t.end).toBeLessThanOrEqual(line.index + line[0].length);
          expect(text.slice(t.start, t.end)).toMatch(
            /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.,\-‐‑]*$/u,
          );
          last = t.start;
        }
      }
    }
  });
});
