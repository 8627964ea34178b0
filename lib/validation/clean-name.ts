import { remove as replaceConfusables } from "confusables";

/**
 * Characters that change how a name reads without showing: zero-width space, non-joiner and
 * joiner, word joiner, BOM, soft hyphen, Mongolian vowel separator, and the bidirectional
 * controls (embeddings, overrides, isolates, marks) that let "\u202esretueR" display as "Reuters".
 */
const INVISIBLE = /[\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

/** Invisible characters that never carry meaning in article text (the joiners and bidi marks can, in some scripts). */
export const INVISIBLE_IN_TEXT = /[\u00ad\u200b\u2060\ufeff]/g;

/**
 * A name or title as people will read it: Unicode NFKC (full-width and styled letters become
 * plain ones: "Ｒｅｕｔｅｒｓ" → "Reuters"), invisible and bidi control characters removed,
 * white space collapsed.
 */
export function cleanName(text: string): string {
  return text.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/g, " ").trim();
}

/**
 * What a name looks like, for telling look-alikes apart (after UTS #39's skeleton): cleaned, each
 * character that is confusable with a Latin one replaced by it (Cyrillic "е" → "e", Greek "Β" →
 * "B"), case folded. Two outlets with the same skeleton would show as the same name.
 */
export function nameSkeleton(name: string): string {
  return replaceConfusables(cleanName(name)).toLowerCase();
}

/**
 * A domain as the URL parser reads it (lowercase, IDN as punycode), or null when it is not a bare
 * host name: "reuters.com\u200b" → "reuters.com"; "https://www.reuters.com/" → "www.reuters.com";
 * "reuters.com/world", "user@host" and "host:99" are refused.
 */
export function normalizeDomain(input: string): string | null {
  const cleaned = cleanName(input).replace(/^https?:\/\//i, "").replace(/\/$/, "");
  if (!cleaned || /[\s/@?#:]/.test(cleaned)) return null;
  try {
    const url = new URL(`http://${cleaned}`);
    return url.hostname.includes(".") ? url.hostname : null;
  } catch {
    return null;
  }
}
