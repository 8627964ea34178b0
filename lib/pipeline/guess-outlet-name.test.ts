import { describe, expect, it } from "vitest";
import { guessOutletName } from "./guess-outlet-name";

describe("guessOutletName", () => {
  const rows: { why: string; page: Parameters<typeof guessOutletName>[0]; expected: ReturnType<typeof guessOutletName> }[] = [
    { why: "og:site_name wins over everything", page: { siteName: "Example News", applicationName: "ExNews App", url: "https://www.example.com/a" }, expected: { name: "Example News", source: "og:site_name" } },
    { why: "the site name is cleaned (NFKC, invisible characters, white space)", page: { siteName: "  Ｅxample\u200b  News ", url: null }, expected: { name: "Example News", source: "og:site_name" } },
    { why: "a blank site name falls through to application-name", page: { siteName: "   ", applicationName: "City Paper", url: "https://citypaper.example/x" }, expected: { name: "City Paper", source: "application-name" } },
    { why: "a slogan-long site name is no name: the URL's domain", page: { siteName: "The best news from all over the world, every single day and night, since 1851, for you and yours", url: "https://paper.example/x" }, expected: { name: "paper.example", source: "url" } },
    { why: "the domain without www.", page: { url: "https://www.example.com/story?id=1" }, expected: { name: "example.com", source: "url" } },
    { why: "a subdomain other than www stays (a regional edition is its own outlet)", page: { url: "https://news.example.co.uk/story" }, expected: { name: "news.example.co.uk", source: "url" } },
    { why: "www2. is also the web server, not the outlet", page: { url: "http://www2.example.org/a" }, expected: { name: "example.org", source: "url" } },
    { why: "an internationalised domain in its punycode form (as the URL parser gives it)", page: { url: "https://www.bücher.example/a" }, expected: { name: "xn--bcher-kva.example", source: "url" } },
    { why: "nothing to go by: pasted text without a URL", page: { siteName: null, applicationName: null, url: null }, expected: null },
    { why: "a host without a dot names no outlet", page: { url: "http://localhost:3000/a" }, expected: null },
    { why: "an unparseable URL names no outlet", page: { url: "not a url" }, expected: null },
  ];
  it.each(rows)("$why", ({ page, expected }) => {
    expect(guessOutletName(page)).toEqual(expected);
  });
});
