import { readFile } from "node:fs/promises";
import path from "node:path";
import { storyManifestSchema, type ManifestArticle, type StoryManifest } from "@/lib/validation/story-manifest";
import { hashContent } from "./hash-content";
import { InputError, throwInputErrors, toInputError } from "./input-error";
import { resolveFolderFile } from "./open-folder-file";
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
    json = JSON.parse(await readFile(await resolveFolderFile(dir, MANIFEST_FILE), "utf8"));
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.message.replace(`${manifestPath}: `, ""), manifestPath);
    throw new InputError(`is not valid JSON (${(error as Error).message})`, manifestPath);
  }
  const parsed = storyManifestSchema.safeParse(json);
  if (!parsed.success) throw toInputError(parsed.error, manifestPath);
  const manifest = parsed.data;

  // Every article is checked before failing, so one run names every bad file.
  const articles: LoadedArticle[] = [];
  const problems: InputError[] = [];
  const seenHashes = new Map<string, string>();
  for (const [index, article] of manifest.articles.entries()) {
    let rawText: string;
    try {
      rawText = normalizeArticleText(await readArticleFile(await resolveFolderFile(dir, article.file)));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      const reason = error.message.replace(/^[^:]*: /, "");
      problems.push(new InputError(`${article.file} ${reason}`, manifestPath, `articles[${index}].file`));
      continue;
    }
    const contentHash = hashContent(rawText);
    const twin = seenHashes.get(contentHash);
    if (twin) {
      problems.push(new InputError(`${article.file} has the same content as ${twin}`, manifestPath, `articles[${index}].file`));
      continue;
    }
    seenHashes.set(contentHash, article.file);
    articles.push({ ...article, rawText, contentHash, isReference: article.file === manifest.reference });
  }
  throwInputErrors(problems);
  return { dir, manifest, articles };
}
