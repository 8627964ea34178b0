import { describe, expect, it } from "vitest";
import type { ReaderArticle, ReaderSentence } from "@/lib/server/queries/get-article-reader";
import { escapeHtml, renderReaderHtml } from "./render-reader-html";

const RAW = "Menu\n\nA <b>bold</b> claim & more.\n\n\"Quoted,\" said X.\n\nRelated\nLinks";
const at = (needle: string) => ({ start: RAW.indexOf(needle), end: RAW.indexOf(needle) + needle.length });

function sentence(index: number, needle: string, patch: Partial<ReaderSentence> = {}): ReaderSentence {
  return { index, ...at(needle), text: needle, kind: "body", label: "faithful", machineLabel: "faithful", isEditorLabel: false, isDismissed: false, confidence: 0.8, reasons: [], matches: [], ...patch };
}

function article(patch: Partial<ReaderArticle> = {}): ReaderArticle {
  return {
    id: "art1",
    title: "T",
    url: null,
    publishedAt: null,
    byline: null,
    capturedFrom: null,
    sourceNotes: null,
    language: "eng",
    warnings: [],
    rawText: RAW,
    analyzedAt: null,
    outlet: { name: "O", kind: "blog", domain: null },
    story: { slug: "s", title: "S", hasReference: true },
    isReference: false,
    derivativeCount: 4,
    sentences: [
      sentence(0, "A <b>bold</b> claim & more.", {
        label: "invented",
        reasons: [
          { code: "quote-invented", detail: "A <quote>", evidence: { derivative: "<b>" } },
          { code: "attribution-changed", detail: "credits “sources”, not “officials”", evidence: { reference: "sources", derivative: "officials" } },
        ],
      }),
      sentence(1, "\"Quoted,\" said X.", {
        matches: [
          { claimId: "c1", text: "Reference <says> so", score: 0.9, editorLabel: null, editorNote: null },
          { claimId: "c2", text: "\"Quoted,\" said X.", score: 1, editorLabel: null, editorNote: null },
        ],
      }),
    ],
    excluded: [
      { ...at("Menu"), reason: "navigation" },
      { ...at("Related\nLinks"), reason: "related-links" },
    ],
    claims: [],
    labelCounts: { faithful: 1, softened: 0, hardened: 0, altered: 0, added: 0, invented: 1, omitted: 0 },
    ...patch,
  };
}

describe("renderReaderHtml", () => {
  const html = renderReaderHtml(article());

  it.each([
    ["every sentence is a focusable anchor described by its popover", /<span id="s-0" tabindex="0" class="sentence bg-red-50" data-label="invented" aria-describedby="p-0">/],
    ["the label chip leads the sentence: icon and word, not colour alone", /aria-describedby="p-0"><span class="chip chip-xs [^"]*" data-label="invented"><span aria-hidden="true">!<\/span>invented<\/span> /],
    ["article text is escaped", /A &lt;b&gt;bold&lt;\/b&gt; claim &amp; more\./],
    ["reasons are escaped, with their evidence", /<code>quote-invented<\/code> A &lt;quote&gt;<span class="pop-ev">here “&lt;b&gt;”<\/span>/],
    ["evidence the detail already quotes is not repeated", /<code>attribution-changed<\/code> credits “sources”, not “officials”<\/span>/],
    ["an unmatched sentence says so", /No counterpart in the reference\./],
    ["a verbatim copy does not repeat the reference wording", /<span class="pop-ref">Word for word the same\. <a href="\/claims\/c2#a-art1">/],
    ["matched reference wording links to the claim at this article", /Reference &lt;says&gt; so <a href="\/claims\/c1#a-art1">claim page<\/a>/],
    ["quotes in text are escaped", /&quot;Quoted,&quot; said X\./],
    ["chrome runs fold into details with their reason", /<details class="chrome"><summary>2 lines of page chrome hidden \(related links\) — /],
    ["the paragraph break between sentences is kept", /<\/span><span class="raw" data-o="\d+">\n\n<\/span><span id="s-1"/],
    ["every piece of raw text carries its offset, so a selection maps back to rawText", /<span class="raw" data-o="6">A &lt;b&gt;bold/],
  ])("%s", (_why, pattern) => {
    expect(html).toMatch(pattern);
  });

  it("a sentence whose every claim was dismissed shows no label and says why", () => {
    const dismissed = renderReaderHtml(article({ sentences: [sentence(0, "A <b>bold</b> claim & more.", { label: null, machineLabel: "added", isDismissed: true })] }));
    expect(dismissed).toMatch(/<span id="s-0" tabindex="0" class="sentence" data-label="none"/);
    expect(dismissed).toContain("<b>Not a claim</b> <span class=\"pop-muted\">dismissed by an editor (machine: added)</span>");
  });

  it("marks reference sentences with how many outlets carry their claims", () => {
    const reference = renderReaderHtml(
      article({
        isReference: true,
        sentences: [sentence(0, "A <b>bold</b> claim & more.", { label: null }), sentence(1, "\"Quoted,\" said X.", { label: null })],
        claims: [
          { id: "c9", text: "A bold claim", position: 0, start: 0, number: 1, outletCount: 3, sentenceIndex: 0 },
          { id: "c10", text: "\"Quoted,\" said X.", position: 1, start: 0, number: 2, outletCount: 0, sentenceIndex: 1 },
        ],
      }),
    );
    expect(reference).toContain('<span id="s-0" tabindex="0" class="sentence" data-label="reference"');
    expect(reference).toContain("carried by 3 of 4 outlets");
    expect(reference).toContain('<a href="/claims/c9">How each outlet told it</a>');
    // A clause's wording is shown; a claim that is the whole sentence is not repeated.
    expect(reference).toContain('<span class="pop-block">A bold claim</span>');
    expect(reference.match(/said X\./g)).toHaveLength(1);
  });
});

describe("escapeHtml", () => {
  it.each([
    ["<script>", "&lt;script&gt;"],
    ["a & b", "a &amp; b"],
    [`"'`, "&quot;&#39;"],
    ["plain", "plain"],
  ])("%s", (input, expected) => expect(escapeHtml(input)).toBe(expected));
});
