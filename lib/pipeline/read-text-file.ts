import { readFile, stat } from "node:fs/promises";
import { InputError } from "./input-error";

/** Largest article accepted, in bytes: far above any real article, small enough to analyse fast. */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/**
 * Checks raw bytes are usable article text: not empty, at most 5 MB, valid UTF-8 and not binary.
 * Returns the text exactly as decoded (a leading BOM is kept, so offsets match the file).
 */
export function decodeArticleText(bytes: Uint8Array, where: string): string {
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    throw new InputError(`is ${(bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB`, where);
  }
  if (bytes.includes(0)) throw new InputError("is a binary file (it contains NUL bytes), not text", where);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError("is not UTF-8 text", where);
  }
  if (text.trim().length === 0) throw new InputError("is empty", where);
  // Control characters other than tab/newline/CR/form feed in bulk mean a binary format.
  const controls = text.match(/[\u0001-\u0008\u000e-\u001f\u007f]/g)?.length ?? 0;
  // 1 % tolerates a stray escape character in pasted text; binaries run far above it.
  if (controls > text.length * 0.01) throw new InputError("looks like a binary file, not text", where);
  return text;
}

/** Reads an article file with the checks of {@link decodeArticleText}; names the file in every error. */
export async function readArticleFile(path: string): Promise<string> {
  let size: number;
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new InputError("is not a file", path);
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError("does not exist", path);
  }
  if (size > MAX_ARTICLE_BYTES) {
    throw new InputError(`is ${(size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB`, path);
  }
  return decodeArticleText(await readFile(path), path);
}
