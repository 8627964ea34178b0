import type { SearchPhrase, SearchQuery } from "./parse-search-query";

/**
 * The search syntax (parse-search-query.ts) in PostgreSQL's tsquery syntax, as search-claims.ts
 * compiles it to FTS5 for SQLite: a phrase's words joined by `<->` (next to each other, in order),
 * `:*` when the last word may be a beginning, `|` between a group's alternatives, `&` between
 * groups, `!` for what is left out. Pure. Every word is quoted as a tsquery lexeme; the parser keeps
 * only letters, digits and marks, and doubling quotes is a second guard.
 */

const lexeme = (word: string) => `'${word.replaceAll("'", "''").replaceAll("\\", "\\\\")}'`;

function toTsPhrase(phrase: SearchPhrase): string {
  const words = phrase.words.map(lexeme);
  if (phrase.isPrefix) words[words.length - 1] = `${words.at(-1)}:*`;
  return words.length === 1 ? words[0]! : `(${words.join(" <-> ")})`;
}

/** Any one of the phrases. */
export function toTsQueryAny(phrases: SearchPhrase[]): string {
  return phrases.length === 1 ? toTsPhrase(phrases[0]!) : `(${phrases.map(toTsPhrase).join(" | ")})`;
}

/** What a text must match: every group, none of the excluded phrases. Null without groups (nothing to find). */
export function toTsQuery(query: SearchQuery): string | null {
  if (query.groups.length === 0) return null;
  const wanted = query.groups.map(toTsQueryAny).join(" & ");
  return query.excluded.length > 0 ? `(${wanted}) & !${toTsQueryAny(query.excluded)}` : wanted;
}
