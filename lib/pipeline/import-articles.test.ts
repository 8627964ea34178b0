import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import type { ArticleImportInput } from "@/lib/validation/article-import";
import { importArticles, type ImportArticlesOptions, type ImportProgress } from "./import-articles";
import { InputError } from "./input-error";
import { DEFAULT_SEEDS_DIR, seedStories } from "./seed-stories";

const SEED = path.join(DEFAULT_SEEDS_DIR, "abraham-accords-expansion");
const SLUG = "abraham-accords-expansion";
const seedText = (file: string) => readFileSync(path.join(SEED, file), "utf8");
const REFERENCE = seedText("001_4d75c897f5d879f7.txt");
const NEWSBEEP = seedText("002_383cd2eb02f0c364.txt");
const ORDA = seedText("004_cd2b3fb8890cfec0.txt");

/** A derivative the seed story does not hold yet: newsbeep's text with the talks' time frame hardened. */
const REWRITE = NEWSBEEP.replace("within months or even weeks", "within weeks").replace("Reuters reported on Friday", "a report said on Friday");

/** The rewrite as a captured web page: navigation, the article, a footer. */
const REWRITE_HTML = `<!DOCTYPE html><html><head><title>Azerbaijan to join accords | Example News</title></head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>Azerbaijan to join accords</h1>${REWRITE.split(/\n\s*\n/)
  .map((paragraph) => `<p>${paragraph.trim().replace(/&/g, "&amp;").replace(/</g, "&lt;")}</p>`)
  .join("\n")}</article>
<footer><p>© 2025 Example News. All rights reserved.</p></footer></body></html>`;

const FRENCH = `L'administration du président Donald Trump cherche à faire entrer l'Azerbaïdjan et plusieurs pays d'Asie centrale dans les accords d'Abraham, selon cinq sources proches du dossier.

Les accords d'Abraham, signés en 2020 et 2021 pendant le premier mandat de Trump, ont permis à quatre pays à majorité musulmane de normaliser leurs relations diplomatiques avec Israël.

Un point de friction possible est le conflit entre l'Azerbaïdjan et l'Arménie, puisque l'administration considère un accord de paix entre les deux pays comme une condition préalable.`;

const outlet = { name: "Example News", domain: "example.com", kind: "newspaper" } as const;
const base = { outlet, url: "https://example.com/azerbaijan-accords", publishedAt: "2025-08-02" } satisfies Partial<ArticleImportInput>;

let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(async () => {
  await testDb.dispose();
});

async function countRows() {
  const { db } = testDb;
  const [stories, articles, outlets, audit, claims, appearances, sentences] = await Promise.all([
    db.story.count(),
    db.article.count(),
    db.outlet.count(),
    db.auditLog.count(),
    db.claim.count(),
    db.claimAppearance.count(),
    db.sentence.count(),
  ]);
  return { stories, articles, outlets, audit, claims, appearances, sentences };
}

describe("importArticles", () => {
  it("creates a story from pasted text, pasted HTML and an uploaded Markdown file, keeps the raw input and analyses it", async () => {
    const { db } = testDb;
    const progress: ImportProgress[] = [];
    const markdown = `# Trump weighs Central Asia in the Abraham Accords\n\n${ORDA.replace("Abraham Accords", "**Abraham Accords**").replace("Israel", "[Israel](https://example.org/israel)")}`;
    const result = await importArticles(db, {
      newStory: { title: "Trump eyes Azerbaijan for the Abraham Accords" },
      articles: [
        { text: REFERENCE, outlet: { name: "Reuters", domain: "reuters.com", kind: "wire" }, url: "https://www.reuters.com/x", publishedAt: "2025-08-01", title: "Trump eyes Azerbaijan", isReference: true },
        { html: REWRITE_HTML, ...base, byline: "A. Writer" },
        { file: { name: "orda.md", content: new TextEncoder().encode(markdown) }, outlet: { name: "Orda.kz", kind: "newspaper" }, url: "https://en.orda.kz/x", publishedAt: "2025-08-01" },
      ],
      onProgress: (event) => progress.push(event),
    });

    expect(result).toMatchObject({ slug: "trump-eyes-azerbaijan-for-the-abraham-accords", isNewStory: true });
    expect(result.analysis?.claims).toBeGreaterThan(20);
    const story = await db.story.findUniqueOrThrow({ where: { slug: result.slug }, include: { articles: { include: { outlet: true } } } });
    expect(story.analyzedAt).not.toBeNull();
    expect(story.referenceArticleId).toBe(result.articles[0]!.id);

    const [reference, page, orda] = result.articles.map((imported) => story.articles.find((a) => a.id === imported.id)!);
    expect(reference).toMatchObject({ inputFormat: "text", rawInput: null, rawText: REFERENCE, language: "eng" });
    // HTML: the page is kept whole; the analysed text is the article alone, one paragraph per block.
    expect(page).toMatchObject({ inputFormat: "html", rawInput: REWRITE_HTML, title: "Azerbaijan to join accords", byline: "A. Writer", outlet: { name: "Example News", kind: "newspaper", domain: "example.com" } });
    expect(page!.rawText).toContain("within weeks");
    expect(page!.rawText).not.toMatch(/Home|Sport|All rights reserved|<p>/);
    expect(page!.rawText.split("\n\n").length).toBeGreaterThan(5);
    // Markdown: markup stripped for analysis, the source kept; the title comes from the first line.
    expect(orda).toMatchObject({ inputFormat: "markdown", rawInput: markdown, sourceFile: "orda.md", title: "Trump weighs Central Asia in the Abraham Accords" });
    expect(orda!.rawText).not.toMatch(/\*\*|\]\(|^#/m);
    expect(orda!.rawText).toContain("Abraham Accords");

    // The rewrite's narrowed time frame is found in the stored HTML-derived text.
    const appearances = await db.claimAppearance.findMany({ where: { articleId: page!.id } });
    expect(appearances.length).toBeGreaterThan(5);
    for (const appearance of appearances) expect(page!.rawText.slice(appearance.start, appearance.end)).toBe(appearance.text);

    expect(progress.filter((event) => event.phase === "validate").map((event) => event.done)).toEqual([1, 2, 3]);
    expect(progress.filter((event) => event.phase === "save").map((event) => event.done)).toEqual([1, 2, 3]);
    expect(progress.filter((event) => event.phase === "analyze").at(-1)).toEqual({ phase: "analyze", done: 2, total: 2 });
    expect(await db.auditLog.count({ where: { action: "article.import", storyId: story.id } })).toBe(1);
  });

  it("imports an HTML page without an outlet under its og:site_name (an existing outlet), or a new one when given only a kind", async () => {
    const { db } = testDb;
    await seedStories(db);
    const page = (siteName: string) => REWRITE_HTML.replace("<head>", `<head><meta property="og:site_name" content="${siteName}">`);
    const known = await importArticles(db, { storySlug: SLUG, articles: [{ html: page("Reuters"), url: "https://example.com/a", publishedAt: "2025-08-02" }] });
    expect(known.articles[0]!.outlet).toBe("Reuters");
    const stored = await db.article.findUniqueOrThrow({ where: { id: known.articles[0]!.id }, select: { outlet: { select: { name: true } } } });
    expect(stored.outlet.name).toBe("Reuters");

    // Given only a kind, the guessed name is a new outlet of that kind.
    const other = page("Gazette of Baku").replace("within weeks", "within days");
    const created = await importArticles(db, { storySlug: SLUG, articles: [{ html: other, outlet: { kind: "newspaper" }, url: "https://example.com/b", publishedAt: "2025-08-03" }] });
    expect(created.articles[0]!.outlet).toBe("Gazette of Baku");
    expect(await db.outlet.findFirstOrThrow({ where: { name: "Gazette of Baku" }, select: { kind: true } })).toEqual({ kind: "newspaper" });
  });

  it("asks for the outlet when nothing names it, and says where a guessed unknown name came from", async () => {
    await seedStories(testDb.db);
    const before = await countRows();
    const pasted = await importArticles(testDb.db, { storySlug: SLUG, articles: [{ text: REWRITE, outlet: "  " }] }).catch((error: unknown) => error);
    expect((pasted as Error).message).toMatch(/Article 1 › outlet: is required: give the outlet's name/);
    const guessed = await importArticles(testDb.db, { storySlug: SLUG, articles: [{ text: REWRITE, url: "https://www.nobody-daily.example/a" }] }).catch((error: unknown) => error);
    expect((guessed as Error).message).toMatch(/Article 1 › outlet\.kind: there is no outlet named "nobody-daily\.example" yet \(the name was guessed from the URL's domain\); give its kind/);
    expect(await countRows()).toEqual(before);
  });

  it("gives each new story a unique slug from its title (-2, -3 …)", async () => {
    const slugs: string[] = [];
    for (const [index, text] of [REFERENCE, NEWSBEEP, ORDA].entries()) {
      const result = await importArticles(testDb.db, { newStory: { title: "Accords: Azerbaijan & Central Asia!" }, articles: [{ text, ...base, url: `https://example.com/${index}` }] });
      slugs.push(result.slug);
      // No reference yet: stored, not analysed.
      expect(result.analysis).toBeNull();
    }
    expect(slugs).toEqual(["accords-azerbaijan-central-asia", "accords-azerbaijan-central-asia-2", "accords-azerbaijan-central-asia-3"]);
  });

  it("adds a derivative to an analysed story and keeps the editor's verdicts", async () => {
    const { db } = testDb;
    await seedStories(db);
    const edited = await db.claimAppearance.findFirstOrThrow({ where: { article: { story: { slug: SLUG }, sourceFile: "003_08e63f9825b4c2c5.txt" } } });
    await db.claimAppearance.update({ where: { id: edited.id }, data: { editorLabel: "altered", editorNote: "checked against the wire copy", isReviewed: true } });

    const result = await importArticles(db, { storySlug: SLUG, articles: [{ text: REWRITE, ...base }] });
    expect(result.isNewStory).toBe(false);
    expect(result.articles[0]).toMatchObject({ isReference: false, language: "eng", inputFormat: "text" });
    expect(await db.claimAppearance.count({ where: { articleId: result.articles[0]!.id } })).toBeGreaterThan(5);
    expect(await db.claimAppearance.findUniqueOrThrow({ where: { id: edited.id } })).toMatchObject({ editorLabel: "altered", editorNote: "checked against the wire copy", isReviewed: true });
  });

  it("re-imports an article at a URL the story holds: new text, editor spans re-anchored or orphaned, verdicts kept", async () => {
    const { db } = testDb;
    await seedStories(db);
    const newsbeep = await db.article.findFirstOrThrow({ where: { story: { slug: SLUG }, sourceFile: "002_383cd2eb02f0c364.txt" }, include: { outlet: true } });
    const live = await db.claimAppearance.findMany({ where: { articleId: newsbeep.id, isStale: false }, orderBy: { start: "asc" } });
    // Two verdicts: one on a sentence the edited page keeps, one on a sentence it deletes.
    const [kept, deleted] = [live[2]!, live.at(-1)!];
    for (const appearance of [kept, deleted]) {
      await db.claimAppearance.update({ where: { id: appearance.id }, data: { editorLabel: "altered", editorNote: "checked", isReviewed: true } });
    }
    const editedText = `Update: this article was corrected.\n\n${newsbeep.rawText.replace(deleted.text, "")}`;

    const result = await importArticles(db, { storySlug: SLUG, articles: [{ text: editedText, outlet: newsbeep.outlet.name, url: newsbeep.url!, title: newsbeep.title }] });
    expect(result.articles[0]).toMatchObject({ id: newsbeep.id, reimport: { moved: expect.any(Number), orphaned: 1 } });
    expect(result.articles[0]!.reimport!.moved).toBeGreaterThanOrEqual(1);
    expect(await db.article.count({ where: { story: { slug: SLUG } } })).toBe(5); // replaced, not added
    const stored = await db.article.findUniqueOrThrow({ where: { id: newsbeep.id } });
    expect(stored.rawText).toBe(editedText);

    const moved = await db.claimAppearance.findUniqueOrThrow({ where: { id: kept.id } });
    expect(moved).toMatchObject({ editorLabel: "altered", editorNote: "checked", isReviewed: true, anchor: "moved" });
    expect(editedText.slice(moved.start, moved.end)).toBe(moved.text);
    expect(moved.start).toBe(kept.start + "Update: this article was corrected.\n\n".length);
    const orphaned = await db.claimAppearance.findUniqueOrThrow({ where: { id: deleted.id } });
    expect(orphaned).toMatchObject({ editorLabel: "altered", anchor: "orphaned" });
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "article.import" }, orderBy: { at: "desc" } });
    expect(JSON.stringify(log.after)).toContain('"reimported"');

    // Each span stays readable in the revision it belongs to: the orphaned one in revision 1 (its
    // text is gone from revision 2), the moved one in revision 2, the article's text now.
    const revisions = await db.articleRevision.findMany({ where: { articleId: newsbeep.id }, orderBy: { number: "asc" } });
    expect(revisions.map((revision) => revision.number)).toEqual([1, 2]);
    expect(revisions[0]!.rawText.slice(orphaned.start, orphaned.end)).toBe(orphaned.text);
    expect(revisions[1]!.rawText).not.toContain(orphaned.text);
    expect(revisions[1]!.rawText.slice(moved.start, moved.end)).toBe(moved.text);

    // The same page again: nothing re-anchored, moved or orphaned a second time.
    const annotationEntries = await db.auditLog.count({ where: { actorLabel: "re-import" } });
    const again = await importArticles(db, { storySlug: SLUG, articles: [{ text: editedText, outlet: newsbeep.outlet.name, url: newsbeep.url! }] });
    expect(again.articles[0]).toMatchObject({ outcome: "unchanged", revision: 2, reimport: null });
    expect(await db.auditLog.count({ where: { actorLabel: "re-import" } })).toBe(annotationEntries);
    expect(await db.claimAppearance.findUniqueOrThrow({ where: { id: kept.id } })).toEqual(moved);
  });

  it("adds nothing for a re-import of the text the story holds at that URL (also with CRLF, other spacing or decomposed accents)", async () => {
    const { db } = testDb;
    await seedStories(db);
    const newsbeep = await db.article.findFirstOrThrow({ where: { story: { slug: SLUG }, sourceFile: "002_383cd2eb02f0c364.txt" }, include: { outlet: true } });
    const before = await countRows();
    const stored = await db.article.findUniqueOrThrow({ where: { id: newsbeep.id } });
    const same = { outlet: newsbeep.outlet.name, url: newsbeep.url!, title: "A title the re-import would change" };
    for (const text of [NEWSBEEP, `  ${NEWSBEEP.replace(/\n/g, "\r\n").replace(/ /, "   ")}\n\n`, NEWSBEEP.normalize("NFD")]) {
      const result = await importArticles(db, { storySlug: SLUG, articles: [{ text, ...same }] });
      // Named as the story holds it: the re-import's title was not applied.
      expect(result.articles).toMatchObject([{ id: newsbeep.id, outcome: "unchanged", revision: 1, reimport: null, title: newsbeep.title, outlet: "newsbeep.com" }]);
      expect(result.analysis).toBeNull(); // nothing re-analysed
    }
    // No revision, no audit entry, no field of the article touched.
    expect(await countRows()).toEqual(before);
    expect(await db.articleRevision.count({ where: { articleId: newsbeep.id } })).toBe(1);
    expect(await db.article.findUniqueOrThrow({ where: { id: newsbeep.id } })).toEqual(stored);
  });

  it("stores the changed articles of a batch and leaves the unchanged ones, analysing only what changed", async () => {
    const { db } = testDb;
    await seedStories(db);
    const newsbeep = await db.article.findFirstOrThrow({ where: { story: { slug: SLUG }, sourceFile: "002_383cd2eb02f0c364.txt" }, include: { outlet: true } });
    const result = await importArticles(db, { storySlug: SLUG, articles: [{ text: NEWSBEEP, outlet: newsbeep.outlet.name, url: newsbeep.url! }, { text: REWRITE, ...base }] });
    expect(result.articles.map((article) => article.outcome)).toEqual(["unchanged", "added"]);
    expect(result.analysis?.analyzedArticles).toBe(1);
    const log = await db.auditLog.findFirstOrThrow({ where: { action: "article.import" }, orderBy: { at: "desc" } });
    const logged = (log.after as { articles: { id: string; unchanged?: boolean }[] }).articles;
    expect(logged.map((article) => [article.id === newsbeep.id, article.unchanged ?? false])).toEqual([[true, true], [false, false]]);
    // The same text at another URL is another page copying it: still refused as a duplicate.
    await expect(importArticles(db, { storySlug: SLUG, articles: [{ text: NEWSBEEP, outlet: newsbeep.outlet.name, url: "https://newsbeep.com/a-copy" }] })).rejects.toThrow(/the same text is already in this story/);
  });

  it("refuses the same URL twice in one batch", async () => {
    const { db } = testDb;
    await seedStories(db);
    const before = await db.article.count();
    await expect(importArticles(db, { storySlug: SLUG, articles: [{ text: REWRITE, ...base }, { text: `${REWRITE} More.`, ...base }] })).rejects.toThrow(/Article 2 › url: is the same URL as Article 1/);
    expect(await db.article.count()).toBe(before);
  });

  it("stores a non-English article flagged with its language, and labels nothing in it", async () => {
    const { db } = testDb;
    await seedStories(db);
    const result = await importArticles(db, { storySlug: SLUG, articles: [{ text: FRENCH, ...base, outlet: { name: "Le Exemple", kind: "newspaper" }, title: "Trump et les accords d'Abraham" }] });
    const [imported] = result.articles;
    expect(imported).toMatchObject({ language: "fra" });
    expect(imported!.warnings.join(" ")).toMatch(/French/);
    expect(await db.article.findUniqueOrThrow({ where: { id: imported!.id } })).toMatchObject({ rawText: FRENCH, language: "fra" });
    expect(await db.sentence.count({ where: { articleId: imported!.id, label: { not: null } } })).toBe(0);
    expect(await db.claimAppearance.count({ where: { articleId: imported!.id } })).toBe(0);
  });

  // Every bad input is refused with a message naming the article and the field, and writes nothing.
  const badInputs: { why: string; options: () => ImportArticlesOptions; message: RegExp }[] = [
    { why: "empty text", options: () => one({ text: " \n\t\n" }), message: /Article 1 › text: is empty/ },
    { why: "an empty uploaded file", options: () => one({ file: { name: "blank.txt", content: new Uint8Array() } }), message: /Article 1 \(blank\.txt\) › file: is empty/ },
    { why: "text over 5 MB", options: () => one({ text: "word ".repeat(1_100_000) }), message: /Article 1 › text: is 5\.2 MB; the limit is 5 MB/ },
    { why: "a binary file", options: () => one({ file: { name: "photo.txt", content: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) } }), message: /Article 1 \(photo\.txt\) › file: is a binary file/ },
    { why: "a file that is not UTF-8", options: () => one({ file: { name: "latin1.txt", content: new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0xff, 0xfe]) } }), message: /\(latin1\.txt\) › file: is not UTF-8 text/ },
    { why: "a file type it cannot read", options: () => one({ file: { name: "report.pdf", content: "%PDF-1.7" } }), message: /Article 1 \(report\.pdf\) › file\.name: must end in \.txt, \.md, \.html or \.htm/ },
    { why: "HTML with no readable article", options: () => one({ html: `<html><body><nav><a href="/">Home</a> · <a href="/world">World</a></nav><script>window.app()</script></body></html>` }), message: /Article 1 › html: has no readable article/ },
    { why: "an uploaded page with no readable article", options: () => one({ file: { name: "login.html", content: "<html><body><form><input name=user><button>Sign in</button></form></body></html>" } }), message: /\(login\.html\) › file: has no readable article/ },
    { why: "text already in the story", options: () => ({ storySlug: SLUG, articles: [{ text: NEWSBEEP, ...base }] }), message: /Article 1 › text: the same text is already in this story: "Trump administration seeks to bring Azerbaijan and some Central Asian allies into the Abraham Accords" \(newsbeep\.com, article \w+\)/ },
    { why: "text already in the story, pasted with CRLF line ends (as a form posts it)", options: () => ({ storySlug: SLUG, articles: [{ text: NEWSBEEP.replace(/\n/g, "\r\n"), ...base }] }), message: /text: the same text is already in this story: "Trump administration seeks to bring Azerbaijan and some Central Asian allies into the Abraham Accords" \(newsbeep\.com, article \w+\)/ },
    { why: "the same accented text twice in one batch, once with decomposed accents (NFD)", options: () => ({ storySlug: SLUG, articles: [{ text: FRENCH, ...base }, { file: { name: "nfd.txt", content: FRENCH.normalize("NFD") }, ...base, url: "https://example.com/nfd" }] }), message: /\(nfd\.txt\) › text: has the same text as/ },
    { why: "the same text pasted and uploaded in one batch, once with CRLF", options: () => ({ storySlug: SLUG, articles: [{ text: REWRITE.replace(/\n/g, "\r\n"), ...base }, { file: { name: "copy.txt", content: REWRITE }, ...base, url: "https://example.com/copy" }] }), message: /\(copy\.txt\) › text: has the same text as/ },
    { why: "the same text twice in one batch", options: () => ({ storySlug: SLUG, articles: [{ text: REWRITE, ...base }, { file: { name: "copy.txt", content: REWRITE }, ...base }] }), message: /Article 2 \(copy\.txt\) › text: has the same text as Article 1/ },
    { why: "a URL that is not http(s)", options: () => one({ url: "ftp://example.com/story" }), message: /Article 1 › url: must be an http\(s\) URL/ },
    { why: "a URL that is not a URL", options: () => one({ url: "example dot com" }), message: /Article 1 › url: must be an http\(s\) URL/ },
    { why: "a date that does not exist", options: () => one({ publishedAt: "2025-02-30" }), message: /Article 1 › publishedAt: is not a real calendar date/ },
    { why: "a date that is not a date", options: () => one({ publishedAt: "last Friday" }), message: /Article 1 › publishedAt: must be a date like 2025-08-01/ },
    { why: "an unknown outlet kind", options: () => one({ outlet: { name: "Example Weekly", kind: "magazine" as never } }), message: /Article 1 › outlet\.kind: "magazine" is not an outlet kind; use one of wire, newspaper, broadcaster, blog, aggregator, other/ },
    { why: "an unknown outlet without a kind", options: () => one({ outlet: "Nobody Daily" }), message: /Article 1 › outlet\.kind: there is no outlet named "Nobody Daily" yet; give its kind/ },
    { why: "a new outlet whose name is Reuters in Cyrillic letters", options: () => one({ outlet: { name: "Reut\u0435rs", kind: "wire" } }), message: /Article 1 › outlet\.name: "Reutеrs" looks like the outlet "Reuters"/ },
    { why: "a new outlet named Reuters with a zero-width space on reuters.com with another (it is cleaned to Reuters' own name and domain)", options: () => one({ outlet: { name: "Reu\u200bters Mirror", domain: "reuters.com\u200b", kind: "wire" } }), message: /outlet\.domain: reuters\.com already belongs to the outlet "Reuters"/ },
    { why: "a new outlet that is an existing one in capitals", options: () => one({ outlet: { name: "REUTERS", kind: "wire" } }), message: /"REUTERS" looks like the outlet "Reuters"/ },
    { why: "a new outlet on another outlet's domain", options: () => one({ outlet: { name: "Reuters Mirror", domain: "reuters.com", kind: "aggregator" } }), message: /Article 1 › outlet\.domain: reuters\.com already belongs to the outlet "Reuters"/ },
    { why: "no text, HTML or file", options: () => one({ text: undefined }), message: /Article 1 › text: give the article as text, html or an uploaded file/ },
    { why: "an unknown story", options: () => ({ storySlug: "no-such-story", articles: [{ text: REWRITE, ...base }] }), message: /import › storySlug: there is no story "no-such-story"/ },
    { why: "a new story on a taken slug", options: () => ({ newStory: { title: "Again", slug: SLUG }, articles: [{ text: REWRITE, ...base }] }), message: /import › newStory\.slug: a story "abraham-accords-expansion" already exists/ },
    { why: "two references", options: () => ({ newStory: { title: "Two refs" }, articles: [{ text: REWRITE, ...base, isReference: true }, { text: FRENCH, ...base, isReference: true }] }), message: /Article 2 › isReference: only one article can be the reference/ },
    {
      why: "an unknown outlet without a kind beside a bad URL and text already stored (every problem in one pass, numbered as the form numbers them)",
      options: () => ({ storySlug: SLUG, articles: [{ ...base, text: REWRITE, outlet: "Nobody Daily" }, { ...base, text: FRENCH, url: "nope" }, { ...base, text: NEWSBEEP, url: "https://example.com/copy" }] }),
      message: /3 problems\n {2}› Article 1 › outlet\.kind: there is no outlet named "Nobody Daily" yet.*\n {2}› Article 2 › url: must be an http\(s\) URL.*\n {2}› Article 3 › text: the same text is already in this story/,
    },
    {
      why: "one bad article among good ones (and every problem is listed)",
      options: () => ({ storySlug: SLUG, articles: [{ text: REWRITE, ...base }, { text: FRENCH, ...base, url: "nope" }, { text: "", ...base }] }),
      message: /2 problems\n {2}› Article 2 › url: must be an http\(s\) URL.*\n {2}› Article 3 › text: is empty/,
    },
  ];
  it.each(badInputs)("refuses $why and writes nothing", async ({ options, message }) => {
    await seedStories(testDb.db);
    const before = await countRows();
    const error = await importArticles(testDb.db, options()).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(message);
    expect(await countRows()).toEqual(before);
  });
});

function one(overrides: Partial<ArticleImportInput>): ImportArticlesOptions {
  const source = overrides.html !== undefined || overrides.file !== undefined ? {} : { text: REWRITE };
  return { storySlug: SLUG, articles: [{ ...source, ...base, ...overrides }] };
}
