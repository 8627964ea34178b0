import { cleanName } from "@/lib/validation/clean-name";

/** Where a guessed outlet name came from, for the import's messages and the audit entry. */
export type OutletGuessSource = "og:site_name" | "application-name" | "url";

export interface OutletGuess {
  name: string;
  source: OutletGuessSource;
}

/** Longest name taken from a page's metadata; a longer "site name" is a slogan or junk, not a name. */
const MAX_GUESSED_NAME_CHARS = 80;

/**
 * The outlet an article most likely comes from when the import leaves it empty: the page's own
 * `og:site_name`, else its `application-name`, else the URL's host without "www." (news.example.com
 * stays whole: subdomains often are the outlet, e.g. a regional edition). Null when there is
 * nothing to go by (pasted text without a URL): the import then asks for the outlet as before.
 */
export function guessOutletName(page: { siteName?: string | null; applicationName?: string | null; url?: string | null }): OutletGuess | null {
  for (const [value, source] of [
    [page.siteName, "og:site_name"],
    [page.applicationName, "application-name"],
  ] as const) {
    const name = cleanName(value ?? "");
    if (name && name.length <= MAX_GUESSED_NAME_CHARS) return { name, source };
  }
  if (!page.url) return null;
  let host: string;
  try {
    host = new URL(page.url).hostname.toLowerCase();
  } catch {
    return null;
  }
  const name = host.replace(/^www\d*\./, "").replace(/\.$/, "");
  return name && name.includes(".") ? { name, source: "url" } : null;
}
