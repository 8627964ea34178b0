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

/** An article file of the manifest that could not be used: missing, not a regular file, empty, binary, a twin. */
export interface FolderFileProblem {
  /** Its place in the manifest's `articles` (0-based). */
  index: number;
  file: string;
  /** What is wrong, without the file name: "is empty", "has the same content as 000_a.txt". */
  reason: string;
}

/**
 * Reads and validates a story folder (`manifest.json` + article files) without touching the
 * database. Every error names the file and the field at fault.
 */
export async function loadStoryFolder(dir: string): Promise<LoadedStory> {
  const { problems, positions: _positions, ...story } = await readStoryFolder(dir);
  const manifestPath = path.join(dir, MANIFEST_FILE);
  throwInputErrors(problems.map((problem) => new InputError(`${problem.file} ${problem.reason}`, manifestPath, `articles[${problem.index}].file`)));
  return story;
}

/**
 * Reads a story folder like loadStoryFolder, but returns the article files it could not use with
 * the ones it could (and each loaded article's place in the manifest), so a caller can report them together with what else is wrong (the CLI adds
 * what the database would refuse). A bad manifest still throws: without it there are no articles.
 */
export async function readStoryFolder(dir: string): Promise<LoadedStory & { problems: FolderFileProblem[]; positions: number[] }> {
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
  const problems: FolderFileProblem[] = [];
  /** Each loaded article's place in the manifest's `articles` (0-based). */
  const positions: number[] = [];
  const seenHashes = new Map<string, string>();
  for (const [index, article] of manifest.articles.entries()) {
    let rawText: string;
    try {
      rawText = normalizeArticleText(await readArticleFile(await resolveFolderFile(dir, article.file)));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push({ index, file: article.file, reason: error.message.replace(/^[^:]*: /, "") });
      continue;
    }
    const contentHash = hashContent(rawText);
    const twin = seenHashes.get(contentHash);
    if (twin) {
      problems.push({ index, file: article.file, reason: `has the same content as ${twin}` });
      continue;
    }
    seenHashes.set(contentHash, article.file);
    positions.push(index);
    articles.push({ ...article, rawText, contentHash, isReference: article.file === manifest.reference });
  }
  return { dir, manifest, articles, problems, positions };
}
