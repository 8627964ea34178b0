/**
 * Surnames of people the article names in full somewhere ("Steve Witkoff", "President Ilham
 * Aliyev"), so that a later bare "Witkoff" or "Aliyev" is typed as a person. A pure function of
 * the text, memoised per text: every sentence of one article shares the result.
 */
import { toBareLower } from "./classify-source";
import { getDocumentMemo } from "../text/document-memo";
import { GIVEN_NAMES, PERSON_TITLE_SET } from "../lexicon/people";
import { DEMONYMS, PLACE_NAMES } from "../lexicon/places";
import {
  ORGANISATION_WORDS,
  OUTLET_WORDS,
  ROLE_NOUNS,
} from "../lexicon/sources";
import { MAX_DOCUMENT_CHARS } from "../text/limits";
import { tokenizeDocument, tokenizeRange, type Token } from "../text/tokenize";

// A full name is two or three words ("Ilham Aliyev", "Marco Antonio Rubio").
const MAX_NAME_WORDS = 3;

/** Lower-cased surnames of people named in full anywhere in `text`. */
export function collectDocumentSurnames(text: string): ReadonlySet<string> {
  const memo = getDocumentMemo(text);
  memo.surnames ??= findSurnames(text);
  return memo.surnames;
}

function findSurnames(text: string): ReadonlySet<string> {
  // The article's shared tokens when the scan covers all of it; a huge page is scanned capped.
  const tokens =
    (text.length <= MAX_DOCUMENT_CHARS ? tokenizeDocument(text) : null) ??
    tokenizeRange(text, 0, text.length, MAX_DOCUMENT_CHARS);
  const surnames = new Set<string>();
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (!token || !isNameWord(token)) continue;
    const previous = tokens[index - 1];
    const hasTitle =
      previous !== undefined &&
      (PERSON_TITLE_SET.has(previous.lower) ||
        (!previous.isCap && ROLE_NOUNS.has(previous.lower)));
    if (!hasTitle && !GIVEN_NAMES.has(token.lower)) continue;
    let end = index + 1;
    while (
      end < tokens.length &&
      end - index < MAX_NAME_WORDS &&
      isNameWord(tokens[end])
    ) {
      end += 1;
      if (tokens[end - 1]?.lower.endsWith("'s")) break;
    }
    const last = tokens[end - 1];
    if (end - index >= 2 && last) surnames.add(toBareLower(last));
    index = end - 1;
  }
  return surnames;
}

function isNameWord(token: Token | undefined): boolean {
  if (!token || token.kind !== "word" || !token.isCap) return false;
  const bare = toBareLower(token);
  return !(
    PLACE_NAMES.has(bare) ||
    DEMONYMS.has(bare) ||
    ORGANISATION_WORDS.has(bare) ||
    OUTLET_WORDS.has(bare) ||
    PERSON_TITLE_SET.has(bare)
  );
}
