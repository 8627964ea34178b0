import { readFile } from "node:fs/promises";
import path from "node:path";
import { storyManifestSchema, type ManifestArticle, type StoryManifest } from "@/lib/validation/story-manifest";
import { hashContent } from "./hash-content";
import { InputError, toInputError } from "./input-error";
import { normalizeArticleText } from "./normalize-article-text";
import { readArticleFile } from "./read-text-file";

export const MANIFEST_FILE = "manifest.json";

export interface LoadedArticle extends ManifestArticle {
  rawText: string;
  contentHash: string;
  isReference: boolean;
}

export interface LoadedStory {
  dir: string;
  manifest: StoryManifest;
  articles: LoadedArticle[];
}

/**
 * Reads and validates a story folder (`manifest.json` + article files) without touching the
 * database. Every error names the file and the field at fault.
 */
export async function loadStoryFolder(dir: string): Promise<LoadedStory> {
  const manifestPath = path.join(dir, MANIFEST_FILE);
  let json: unknown;
  try {
    json = JSON.parse(await readFile(manifestPath, "utf8"));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === "ENOENT" ? "is missing" : `is not valid JSON (${(error as Error).message})`, manifestPath);
  }
  const parsed = storyManifestSchema.safeParse(json);
  if (!parsed.success) throw toInputError(parsed.error, manifestPath);
  const manifest = parsed.data;

  const articles: LoadedArticle[] = [];
  const seenHashes = new Map<string, string>();
  for (const [index, article] of manifest.articles.entries()) {
    const filePath = path.join(dir, article.file);
    let rawText: string;
    try {
      rawText = normalizeArticleText(await readArticleFile(filePath));
    } catch (error) {
      const reason = error instanceof InputError ? error.message.replace(`${filePath}: `, "") : String(error);
      throw new InputError(`${article.file} ${reason}`, manifestPath, `articles[${index}].file`);
    }
    const contentHash = hashContent(rawText);
    const twin = seenHashes.get(contentHash);
    if (twin) {
      throw new InputError(`${article.file} has the same content as ${twin}`, manifestPath, `articles[${index}].file`);
    }
    seenHashes.set(contentHash, article.file);
    articles.push({ ...article, rawText, contentHash, isReference: article.file === manifest.reference });
  }
  return { dir, manifest, articles };
}
