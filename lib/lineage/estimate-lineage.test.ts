import { describe, expect, it } from "vitest";
import { describeCopyChange } from "./describe-copy-change";
import { estimateLineage } from "./estimate-lineage";
import { listDetailKeys } from "./prepare-articles";
import type { LineageAppearance, LineageArticle, LineageClaim, LineageInput } from "./types";

const HOUR = 3_600_000;
const article = (id: string, hour: number | null, text: string, isReference = false): LineageArticle => ({ id, name: id, isReference, publishedAt: hour === null ? null : hour * HOUR, capturedAt: 0, text });

const REFERENCE = "The council approved the budget on Tuesday. Spending on schools rises by 3 percent. The mayor called it a fair compromise. Opposition members voted against it.";
const claims: LineageClaim[] = [
  { id: "s1", kind: "statement", isNew: false, text: "The council approved the budget on Tuesday." },
  { id: "s2", kind: "statement", isNew: false, text: "Spending on schools rises by 3 percent." },
  { id: "s2.d1", kind: "detail", isNew: false, text: "3 percent" },
  { id: "s3", kind: "statement", isNew: false, text: "The mayor called it a fair compromise." },
  { id: "s4", kind: "statement", isNew: false, text: "Opposition members voted against it." },
];
const carry = (articleId: string, ...items: [string, LineageAppearance["label"], string?][]): LineageAppearance[] =>
  items.map(([claimId, label, text]) => ({ articleId, claimId, label, text: text ?? claims.find((claim) => claim.id === claimId)!.text }));
const referenceCarries = carry("R", ["s1", "faithful"], ["s2", "faithful"], ["s2.d1", "faithful"], ["s3", "faithful"], ["s4", "faithful"]);
const ALTERED = "Spending on schools rises by 30 percent.";

type Row = { why: string; input: LineageInput; expect: Record<string, string | "undecided"> };

const rows: Row[] = [
  {
    why: "a faithful copy with nothing the reference lacks comes from the reference",
    input: { articles: [article("R", 0, REFERENCE, true), article("A", 1, REFERENCE.replace("Tuesday", "Tuesday evening"))], claims, appearances: [...referenceCarries, ...carry("A", ["s1", "faithful"], ["s2", "faithful"], ["s3", "faithful"], ["s4", "faithful"])] },
    expect: { A: "R" },
  },
  {
    why: "the same altered figure with the same words is a shared error: B copied A",
    input: {
      articles: [article("R", 0, REFERENCE, true), article("A", 1, REFERENCE.replace("3 percent", "30 percent")), article("B", 2, REFERENCE.replace("3 percent", "30 percent").replace(" Opposition members voted against it.", ""))],
      claims,
      appearances: [
        ...referenceCarries,
        ...carry("A", ["s1", "faithful"], ["s2", "altered", ALTERED], ["s2.d1", "altered", "30 percent"], ["s3", "faithful"], ["s4", "faithful"]),
        ...carry("B", ["s1", "faithful"], ["s2", "altered", ALTERED], ["s2.d1", "altered", "30 percent"], ["s3", "faithful"]),
      ],
    },
    expect: { A: "R", B: "A" },
  },
  {
    why: "a later article is never a source, however much it shares: the earlier one comes from the reference",
    input: {
      articles: [article("R", 0, REFERENCE, true), article("B", 2, REFERENCE.replace("3 percent", "30 percent")), article("A", 1, REFERENCE.replace("3 percent", "30 percent"))],
      claims,
      appearances: [...referenceCarries, ...carry("A", ["s2", "altered", ALTERED], ["s2.d1", "altered", "30 percent"]), ...carry("B", ["s2", "altered", ALTERED], ["s2.d1", "altered", "30 percent"])],
    },
    expect: { A: "R", B: "A" },
  },
  {
    why: "an undated article sorts last, so a dated one can be its source",
    input: {
      articles: [article("R", 0, REFERENCE, true), article("B", null, REFERENCE.replace("3 percent", "30 percent")), article("A", 5, REFERENCE.replace("3 percent", "30 percent"))],
      claims,
      appearances: [...referenceCarries, ...carry("A", ["s2", "altered", ALTERED], ["s2.d1", "altered", "30 percent"]), ...carry("B", ["s2", "altered", ALTERED], ["s2.d1", "altered", "30 percent"])],
    },
    expect: { A: "R", B: "A" },
  },
  {
    why: "a copy that carries a claim its candidate dropped cannot come from that candidate alone",
    input: {
      articles: [article("R", 0, REFERENCE, true), article("A", 1, REFERENCE.replace(" Opposition members voted against it.", "")), article("B", 2, REFERENCE)],
      claims,
      appearances: [...referenceCarries, ...carry("A", ["s1", "faithful"], ["s2", "faithful"], ["s3", "faithful"]), ...carry("B", ["s1", "faithful"], ["s2", "faithful"], ["s3", "faithful"], ["s4", "faithful"])],
    },
    expect: { A: "R", B: "R" },
  },
  {
    why: "one short passage shared with an earlier rewrite, among much wording of its own, is weak evidence: reference or A, undecided",
    input: {
      articles: [
        article("R", 0, REFERENCE, true),
        article("A", 1, `${REFERENCE} Residents packed the public gallery all evening.`),
        article("B", 2, `${REFERENCE} Residents packed the public gallery to watch. Several speakers from neighbourhood associations urged councillors to revisit the library closures before the summer recess begins next month.`),
      ],
      claims,
      appearances: [...referenceCarries, ...carry("A", ["s1", "faithful"], ["s2", "faithful"], ["s3", "faithful"], ["s4", "faithful"]), ...carry("B", ["s1", "faithful"], ["s2", "faithful"], ["s3", "faithful"], ["s4", "faithful"])],
    },
    expect: { A: "R", B: "undecided" },
  },
];

describe("estimateLineage", () => {
  it.each(rows.map((row) => [row.why, row] as const))("%s", (_why, row) => {
    const lineage = estimateLineage(row.input);
    const got = Object.fromEntries(lineage.links.map((link) => [link.articleId, link.isUndecided ? "undecided" : link.sourceId]));
    expect(got).toEqual(row.expect);
  });

  it("gives no links when the story has no reference", () => {
    const lineage = estimateLineage({ articles: [article("A", 0, REFERENCE), article("B", 1, REFERENCE)], claims, appearances: [] });
    expect(lineage).toMatchObject({ referenceId: null, links: [], sharedDetails: [] });
    expect(lineage.order).toEqual(["A", "B"]);
  });

  it("is deterministic: the same story in another order gives the same lineage", () => {
    const input = rows[1]!.input;
    const shuffled: LineageInput = { articles: [...input.articles].reverse(), claims: [...input.claims].reverse(), appearances: [...input.appearances].reverse() };
    expect(estimateLineage(shuffled)).toEqual(estimateLineage(input));
  });

  it("stays fast on a 1,000-article story and on one huge repetitive article (bounded n-gram work)", () => {
    const words = (seed: number, count: number) => Array.from({ length: count }, (_, i) => `w${(seed * 7919 + i * 104729) % 5000}`).join(" ");
    const articles = [article("R", 0, words(1, 400), true), ...Array.from({ length: 1000 }, (_, i) => article(`d${i}`, 1 + i, `${words(1, 200)} ${words(i % 50, 200)}`))];
    const started = performance.now();
    const lineage = estimateLineage({ articles, claims: [], appearances: [] });
    const elapsed = performance.now() - started;
    expect(lineage.links).toHaveLength(1000);
    // Measured ~0.6 s on a shared 2-core machine; 15 s fails only if the work turns quadratic.
    expect(elapsed).toBeLessThan(15_000);

    const huge = "again ".repeat(500_000);
    const hugeStarted = performance.now();
    estimateLineage({ articles: [article("R", 0, huge, true), article("A", 1, huge), article("B", 2, `${huge} and more`)], claims: [], appearances: [] });
    expect(performance.now() - hugeStarted).toBeLessThan(5_000);
  });
});

describe("listDetailKeys", () => {
  const reference = new Set(["trump", "sources", "the", "said", "3"]);
  const credit = new Set(["reuters"]);
  it.each([
    ["a figure the reference lacks", "citing five sources", ["word:five"]],
    ["a new place name", "Almaty", ["word:almaty"]],
    ["a first name completing a name the reference uses is no new fact", "Donald Trump", []],
    ["a clause's opening capital is not a name", "Some 3,000", ["word:3,000"]],
    ["the reference outlet's name is a credit, not a detail", "told Reuters", []],
    ["a figure the reference has is not new", "3", []],
    ["a two-word name keys on its second word", "Benjamin Netanyahu", ["word:netanyahu"]],
  ])("%s: %j", (_why, text, expected) => {
    expect(listDetailKeys(text, reference, credit)).toEqual(expected);
  });
});

describe("describeCopyChange", () => {
  it.each([
    [0, "little"],
    [0.249, "little"],
    [0.25, "some"],
    [0.5, "much"],
    [1, "much"],
  ] as const)("%d is %s", (share, band) => {
    expect(describeCopyChange(share).band).toBe(band);
  });
});
