import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { seedExportFixture } from "@/lib/testing/seed-export-fixture";
import { formatStoryMarkdown } from "./format-story-markdown";
import { describeVerdictSource } from "./group-carriers";
import { capitalize } from "./summarize-story";
import type { StoryExport } from "./story-export";

let testDb: TestDb;
let markdown: string;
let base: StoryExport;
beforeAll(async () => {
  testDb = createTestDb();
  const { data } = await seedExportFixture(testDb.db);
  base = data;
  markdown = formatStoryMarkdown(data, { exportedAt: new Date("2025-08-05T12:00:00Z") });
});
afterAll(async () => {
  await testDb.dispose();
});

describe("formatStoryMarkdown", () => {
  it("has the summary, the scorecard, the changed claims, who copied whom and the articles, in that order", () => {
    const headings = markdown.split("\n").filter((line) => /^##? /.test(line));
    // No seed article was captured twice: no "Changes after publication" (formatRevisionsMarkdown's own test covers it).
    expect(headings).toEqual(["# Trump eyes bringing Azerbaijan and Central Asian nations into the Abraham Accords", "## Summary", "## Scorecard", "## Changed claims", "## Lineage: who copied whom", "## Articles"]);
    expect(markdown).toMatch(/\| AnewZ \| Reuters \| [\d.]+ \([\d.]+\) \|/);
    expect(markdown).toContain("exported from ClaimTrail on 5 August 2025");
    expect(markdown).toMatch(/- Reference: \*\*Reuters\*\* — \[“Trump eyes bringing Azerbaijan, Central Asian nations into Abraham Accords, sources say”\]\(https:\/\/www\.reuters\.com\/.*\), published 1 August 2025, by Gram Slattery/);
    expect(markdown).toMatch(/- 4 derivative articles: AnewZ, newsbeep\.com, The Levant Files, Orda\.kz/);
    expect(markdown).toMatch(/\| The Levant Files \| \d+ \| \d+ \| \d+ \| \d+ \| \d+ \| [1-9]\d* \| \d+ \| \d+ of \d+ \|/);
  });

  it("shows each changed claim with the reference wording, each outlet's wording, the verdict, its reasons and editor notes", () => {
    expect(markdown).toMatch(/### \d+\. Invented — new quote/);
    expect(markdown).toMatch(/\*\*Reference:\*\* “/);
    expect(markdown).toMatch(/- \*\*The Levant Files\*\* — \*\*Invented\*\* \(editor(; the machine said \w+)?\)\n {2}> .+\n {2}- `[a-z-]+`: /);
    expect(markdown).toContain('  - Editor note: Checked: the "diplomat" quote, as printed, appears nowhere in the Reuters copy.');
    expect(markdown).toContain("  - Editor note: Asked the blog for its source; no answer.");
    // The verdict's note is stored on the appearance and as a Note row: it is printed once.
    expect(markdown.split("Editor note: Checked: the \"diplomat\" quote").length - 1).toBe(1);
    expect(markdown).toMatch(/\*\*Softened\*\* \(machine\)/);
    // Machine labels an editor has not touched say so; confirmed ones say who confirmed them.
    expect(markdown).toMatch(/\*\*Hardened\*\* \(editor(; the machine said \w+)?\)|\*\*Hardened\*\* \(machine, confirmed by an editor\)/);
    expect(markdown).toMatch(/Omitted by: /);
  });
});

const HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>';

describe("formatStoryMarkdown on hostile text", () => {
  it("escapes raw HTML in every third-party field, so any Markdown renderer shows it as text", () => {
    const hostile: StoryExport = {
      ...base,
      story: { ...base.story, title: `${base.story.title} ${HOSTILE}` },
      articles: base.articles.map((article) => ({ ...article, title: HOSTILE, byline: HOSTILE, outlet: { ...article.outlet, name: `${article.outlet.name} ${HOSTILE}` } })),
      claims: base.claims.map((claim) => ({
        ...claim,
        text: `${claim.text} ${HOSTILE}`,
        notes: [HOSTILE],
        appearances: claim.appearances.map((a) => ({ ...a, text: `${a.text} ${HOSTILE}`, editorNote: HOSTILE, reasons: a.reasons.map((r) => ({ ...r, detail: HOSTILE })) })),
      })),
      revisions: base.revisions.map((article) => ({
        ...article,
        outlet: HOSTILE,
        title: HOSTILE,
        revisions: [...article.revisions, { number: 2, capturedAt: new Date("2025-08-06T00:00:00Z"), labels: null, trivialCount: 0, changes: [{ kind: "added", claimId: "new:x", claimText: HOSTILE, before: null, after: null, aspects: [], summary: [HOSTILE], wordDiff: null }] }],
      })),
    };
    const out = formatStoryMarkdown(hostile);
    expect(out).toContain("## Changes after publication");
    expect(out).not.toMatch(/<script|<img|<\/script/i);
    expect(out).toContain("&lt;script&gt;alert(\"x\")&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt;");
  });
});

describe("formatStoryMarkdown provenance", () => {
  it("says where each text came from: the manifest's notes and the page it was captured from", () => {
    expect(markdown).toContain("### Where the texts came from");
    expect(markdown).toMatch(/- \*\*Reuters\*\* \(reference\): Reuters exclusive republished by Daily8\. This copy lacks the Reuters lead paragraph.*; text captured from <https:\/\/www\.daily8\.com\/en\/article\/7fe88b63d7bed1b1a353596bf32ad678>/);
  });
});

describe("formatStoryMarkdown on syndicated copies", () => {
  const changedBullets = (text: string) => text.slice(text.indexOf("## Changed claims"), text.indexOf("## Lineage")).split("\n").filter((line) => line.startsWith("- **"));

  it("names the outlets that print a wording exactly the same way in one entry, and keeps any difference apart", () => {
    // The derivative with the most changed wordings, and two outlets that copied it word for word.
    const bullets = changedBullets(markdown);
    const source = base.articles
      .filter((article) => !article.isReference)
      .map((article) => ({ article, count: bullets.filter((line) => line.startsWith(`- **${article.outlet.name}** — `)).length }))
      .sort((a, b) => b.count - a.count)[0]!;
    expect(source.count).toBeGreaterThan(1);
    const copies = ["Wire Mirror", "Copy Desk"].map((name, index) => ({ ...source.article, id: `copy-${index}`, outlet: { ...source.article.outlet, name, domain: null } }));
    let isNoted = false;
    const syndicated: StoryExport = {
      ...base,
      articles: [...base.articles, ...copies],
      claims: base.claims.map((claim) => ({
        ...claim,
        appearances: claim.appearances.flatMap((appearance) => {
          if (appearance.articleId !== source.article.id) return [appearance];
          const copy = (index: number) => ({ ...appearance, id: `${appearance.id}-${index}`, articleId: `copy-${index}` });
          const last = copy(1);
          // One of Copy Desk's wordings carries a note of its own: it is an entry of its own.
          if (!isNoted && bullets.includes(`- **${source.article.outlet.name}** — ${describeVerdict(appearance)}`)) {
            isNoted = true;
            last.notes = [...appearance.notes, "Copied without credit."];
          }
          return [appearance, copy(0), last];
        }),
      })),
    };
    expect(isNoted).toBe(true);
    const grouped = changedBullets(formatStoryMarkdown(syndicated, { exportedAt: new Date("2025-08-05T12:00:00Z") }));
    const name = source.article.outlet.name;
    expect(grouped.length).toBe(bullets.length + 1);
    expect(grouped.filter((line) => line.startsWith(`- **${name}, Wire Mirror and Copy Desk** — `)).length).toBe(source.count - 1);
    expect(grouped.filter((line) => line.startsWith(`- **${name} and Wire Mirror** — `)).length).toBe(1);
    expect(grouped.filter((line) => line.startsWith("- **Copy Desk** — ")).length).toBe(1);
    expect(grouped.some((line) => line.startsWith(`- **${name}** — `) || line.startsWith("- **Wire Mirror** — "))).toBe(false);
  });
});

/** "**Softened** (machine)", as a bullet prints an appearance's verdict. */
function describeVerdict(appearance: StoryExport["claims"][number]["appearances"][number]): string {
  return `**${appearance.label ? capitalize(appearance.label) : "Not yet labelled"}** (${describeVerdictSource(appearance)})`;
}
