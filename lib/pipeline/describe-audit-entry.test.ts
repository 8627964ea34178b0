import { describe, expect, it } from "vitest";
import { AUDIT_ACTIONS } from "./audit-actions";
import { AUDIT_DESCRIPTIONS, describeAuditEntry, quote, type AuditContext } from "./describe-audit-entry";

const wording: AuditContext = { appearance: { outlet: "newsbeep", text: "every → most" }, claim: { text: "Every member state signed." } };

// One row per action (and per payload shape worth naming): the payload as the writer stores it,
// the words the audit page shows after the actor's name.
const ROWS: { why: string; action: string; before: unknown; after: unknown; context?: AuditContext; words: string }[] = [
  {
    why: "an override names the outlet, its wording, both labels and the note",
    action: "verdict.set",
    before: { label: "softened", editorLabel: null, note: null, reviewed: false, version: 0 },
    after: { label: "faithful", editorLabel: "faithful", note: "Same claim, other words.", reviewed: true, version: 1 },
    context: wording,
    words: "changed newsbeep’s “every → most” from softened to faithful: note “Same claim, other words.”",
  },
  {
    why: "a confirmation says so instead of 'from x to x'",
    action: "verdict.confirm",
    before: { label: "invented", editorLabel: null, note: null, reviewed: false, version: 0 },
    after: { label: "invented", editorLabel: "invented", note: null, reviewed: true, version: 1 },
    context: wording,
    words: "confirmed newsbeep’s “every → most” as invented",
  },
  {
    why: "an undo says what it went back to",
    action: "verdict.undo",
    before: { label: "faithful", editorLabel: "faithful", note: "x", reviewed: true, version: 1 },
    after: { label: "softened", editorLabel: null, note: null, reviewed: false, version: 2, undoes: "a1" },
    context: wording,
    words: "undid their verdict on newsbeep’s “every → most”: back from faithful to softened",
  },
  {
    why: "a verdict on an appearance since deleted still reads",
    action: "verdict.set",
    before: { label: "softened", editorLabel: null, note: null, reviewed: false, version: 0 },
    after: { label: "altered", editorLabel: "altered", note: null, reviewed: true, version: 1 },
    words: "changed a wording that no longer exists from softened to altered",
  },
  { why: "a story import counts its articles", action: "article.import", before: null, after: { slug: "s", isNewStory: true, referenceArticleId: "r", articles: [{ id: "r", title: "T", outlet: "Reuters" }, { id: "d", title: null, outlet: "Blog" }] }, words: "imported 2 articles (Reuters, Blog) as a new story" },
  { why: "a reference change names both outlets", action: "story.set-reference", before: { referenceArticleId: "a" }, after: { referenceArticleId: "b" }, context: { outletOf: new Map([["a", "Reuters"], ["b", "AP"]]) }, words: "made AP’s article the reference instead of Reuters’s" },
  { why: "a role change names the account", action: "user.role", before: { email: "ana@x.org", role: "viewer", disabled: false }, after: { email: "ana@x.org", role: "editor", disabled: false }, context: { user: { name: "Ana", email: "ana@x.org" } }, words: "changed Ana (ana@x.org) from viewer to editor" },
  { why: "a dismissal quotes the claim and the reason", action: "claim.dismiss", before: { text: "By Jo", dismissed: false }, after: { text: "By Jo", dismissed: true, reason: "a byline" }, words: "dismissed “By Jo” as not a claim: “a byline”" },
  { why: "an incremental analysis counts what it analysed", action: "analysis.run", before: null, after: { articles: 5, analyzedArticles: 1, fullReason: null }, words: "analysed 1 added article (of 5)" },
  { why: "a story rename quotes both titles", action: "story.rename", before: { title: "Old" }, after: { title: "New" }, words: "renamed the story “Old” as “New”" },
  { why: "an article deletion names the outlet and title from the kept snapshot", action: "article.delete", before: { id: "d", title: "T", outlet: { name: "Blog", kind: "blog", domain: null }, rawText: "…" }, after: null, words: "deleted Blog’s article “T” (its text, verdicts and notes are kept in this entry)" },
  { why: "a story deletion counts its articles", action: "story.delete", before: { story: { id: "s", title: "S" }, articles: [{}, {}], claimNotes: [] }, after: null, words: "deleted the story “S” and its 2 articles (what was deleted is kept in this entry)" },
  { why: "an older payload falls back to the registry's words", action: "verdict.set", before: { label: 3 }, after: "x", words: AUDIT_ACTIONS["verdict.set"] },
  { why: "an unknown action shows its stored name", action: "story.merge", before: null, after: null, words: "story.merge" },
];

describe("describeAuditEntry", () => {
  it.each(ROWS)("$why", ({ action, before, after, context, words }) => {
    expect(describeAuditEntry({ action, before, after }, context ?? {})).toBe(words);
  });

  it("has words for every action of the registry, never JSON", () => {
    for (const action of Object.keys(AUDIT_ACTIONS)) {
      expect(AUDIT_DESCRIPTIONS).toHaveProperty(action);
      expect(describeAuditEntry({ action, before: null, after: null }, {})).not.toMatch(/[{}]/);
    }
  });

  it("cuts long wordings at a word", () => {
    const long = quote("word ".repeat(40));
    expect(long.length).toBeLessThan(100);
    expect(long).toMatch(/^“word( word)*…”$/);
  });
});
