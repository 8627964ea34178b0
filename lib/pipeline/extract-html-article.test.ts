import { describe, expect, it } from "vitest";
import { cleanByline, extractHtmlArticle, flattenHtml } from "./extract-html-article";

const PARAGRAPH = "The ministry said on Tuesday that the bridge would reopen in May after repairs costing four million euros.";

describe("extractHtmlArticle", () => {
  it("keeps the article, drops the page chrome and separates paragraphs with blank lines", () => {
    const html = `<html><head><title>Bridge to reopen | City Paper</title><script>track()</script></head><body>
      <header><nav><a href="/">Home</a> <a href="/news">News</a></nav></header>
      <main><article><h1>Bridge to reopen</h1><p class="byline">By Ana Ruiz</p>
      <p>${PARAGRAPH}</p><p>Drivers <em>should</em> expect delays &amp; detours until then.<br>Buses are unaffected.</p>
      <blockquote>“We are on schedule,” the engineer said.</blockquote></article></main>
      <footer>© City Paper · <a href="/privacy">Privacy</a></footer></body></html>`;
    const article = extractHtmlArticle(html);
    expect(article).not.toBeNull();
    expect(article!.title).toBe("Bridge to reopen");
    expect(article!.byline).toBe("Ana Ruiz");
    // The headline is the first line, as in a pasted article.
    expect(article!.text.startsWith("Bridge to reopen\n\n")).toBe(true);
    expect(article!.text).toContain(`${PARAGRAPH}\n\nDrivers should expect delays & detours until then.\nBuses are unaffected.\n\n“We are on schedule,” the engineer said.`);
    expect(article!.text).not.toMatch(/Home|Privacy|track\(\)/);
  });

  it("reads the page's og:site_name and application-name (for guessing the outlet)", () => {
    const html = `<html><head><meta property="og:site_name" content=" City  Paper "><meta name="Application-Name" content="CityPaper App"></head><body><article><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`;
    expect(extractHtmlArticle(html)).toMatchObject({ siteName: "City Paper", applicationName: "CityPaper App" });
    expect(extractHtmlArticle(`<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>`)).toMatchObject({ siteName: null, applicationName: null });
  });

  it("reads a fragment without <html>", () => {
    expect(extractHtmlArticle(`<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>`)?.text).toBe(`${PARAGRAPH}\n\n${PARAGRAPH}`);
  });

  const unreadable: { why: string; html: string }[] = [
    { why: "an empty body", html: "<html><body></body></html>" },
    { why: "navigation only", html: `<html><body><nav><ul><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li></ul></nav></body></html>` },
    { why: "a script shell", html: `<html><body><div id="root"></div><script>${"render();".repeat(200)}</script></body></html>` },
    { why: "a line too short to compare", html: "<html><body><p>Breaking: more soon.</p></body></html>" },
  ];
  it.each(unreadable)("finds no article in $why", ({ html }) => {
    expect(extractHtmlArticle(html)).toBeNull();
  });
});

describe("flattenHtml", () => {
  it("puts each block on its own paragraph and collapses inline whitespace", () => {
    expect(flattenHtml("<h2>Head</h2><ul><li>one\n  item</li><li>two</li></ul><pre>a\n  b</pre>")).toBe("Head\n\none item\n\ntwo\n\na\nb");
  });
});

describe("extractHtmlArticle on hostile pages", () => {
  // Each used to freeze the process for seconds to minutes (or overflow the stack): now refused
  // by the scan before parsing. The time bound is generous; the point is seconds, not minutes.
  const pages: { why: string; html: string }[] = [
    { why: "2,000 nested divs (22 KB)", html: `${"<div>".repeat(2000)}<p>${PARAGRAPH}</p>${"</div>".repeat(2000)}` },
    { why: "100,000 nested divs", html: `${"<div>".repeat(100_000)}<p>${PARAGRAPH}</p>` },
    { why: "2.7 MB of unclosed <b><i><u>", html: "<b><i><u>".repeat(300_000) },
  ];
  it.each(pages)("refuses $why at once, naming the limit", ({ html }) => {
    const started = performance.now();
    expect(() => extractHtmlArticle(html)).toThrow(/nested more than 128 levels deep/);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("reads a page nested as deep as the limit allows", () => {
    const html = `${"<div>".repeat(120)}<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>${"</div>".repeat(120)}`;
    expect(extractHtmlArticle(html)?.text).toBe(`${PARAGRAPH}\n\n${PARAGRAPH}`);
  });

  it("flattens deep trees without recursion", () => {
    expect(flattenHtml(`${"<span>".repeat(20_000)}deep${"</span>".repeat(20_000)}`)).toBe("deep");
  });
});

describe("headline, byline and site name", () => {
  it("keeps the <h1> as the first line once, and reads og:site_name", () => {
    const html = `<html><head><meta property="og:site_name" content="City Paper"></head><body><article><h1>Bridge to reopen</h1><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p></article></body></html>`;
    const article = extractHtmlArticle(html)!;
    expect(article.text).toBe(`Bridge to reopen\n\n${PARAGRAPH}\n\n${PARAGRAPH}`);
    expect(article.siteName).toBe("City Paper");
  });

  it.each([
    ["By: By Jane Doe", "Jane Doe"],
    ["By Jane Doe", "Jane Doe"],
    ["by:  Jane   Doe", "Jane Doe"],
    ["Jane Doe", "Jane Doe"],
    ["Byron Smith", "Byron Smith"],
    ["By", null],
  ])("cleans the byline %j → %j", (byline, expected) => {
    expect(cleanByline(byline)).toBe(expected);
  });
});
