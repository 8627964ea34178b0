import { INVISIBLE_IN_TEXT } from "@/lib/validation/clean-name";

/**
 * The one normal form of article text, applied in every way in (the form, uploads, the API, the
 * CLI and the seed) before anything is hashed, checked or stored: line ends as "\n" (a form posts
 * pasted text with CRLF, a file saved on Windows has CRLF, an old Mac file CR) and Unicode in NFC
 * (an "é" typed as e + combining accent is the same text as the precomposed one). Without it the
 * same article pasted and uploaded hashed differently and was stored twice.
 */
export function normalizeArticleText(text: string): string {
  // Invisible characters that never mean anything in prose (zero-width space, word joiner, BOM,
  // soft hyphen) go too: "Reu\u200bters" would otherwise be two words the search cannot find.
  return text.replace(/\r\n?/g, "\n").replace(INVISIBLE_IN_TEXT, "").normalize("NFC");
}
