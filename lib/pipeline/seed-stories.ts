import { readdir } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db";
import { analyzeStoredStory } from "./analyze-stored-story";
import { loadStoryFolder, MANIFEST_FILE, type LoadedStory } from "./load-story-folder";
import { saveStory, type SaveStoryResult } from "./save-story";

/** Folder of story folders shipped with the project. */
export const DEFAULT_SEEDS_DIR = path.resolve(import.meta.dirname, "../../seeds");

/**
 * Story folders under `seedsDir`: every sub-folder holding a manifest. `seeds/eval/` (evaluation
 * stories: gold.json and article files, no manifest) is regression data, not a story, so it is
 * skipped by this rule.
 */
export async function listStoryFolders(seedsDir: string): Promise<string[]> {
  const entries = await readdir(seedsDir, { withFileTypes: true });
  const folders: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory()) continue;
    const files = await readdir(path.join(seedsDir, entry.name));
    if (files.includes(MANIFEST_FILE)) folders.push(path.join(seedsDir, entry.name));
  }
  return folders;
}

/**
 * Loads every story in `seedsDir` idempotently. All folders are validated before anything is
 * written, so one bad manifest writes nothing; then each story is saved in its own transaction
 * and analysed (in a second one) when it gained articles or was never analysed.
 */
export async function seedStories(db: Db, seedsDir = DEFAULT_SEEDS_DIR): Promise<SaveStoryResult[]> {
  const loaded: LoadedStory[] = [];
  for (const folder of await listStoryFolders(seedsDir)) loaded.push(await loadStoryFolder(folder));
  const results: SaveStoryResult[] = [];
  for (const story of loaded) {
    const result = await saveStory(db, story, "seed");
    const { analyzedAt } = await db.story.findUniqueOrThrow({ where: { id: result.storyId }, select: { analyzedAt: true } });
    if (result.createdArticleIds.length > 0 || !analyzedAt) await analyzeStoredStory(db, result.storyId);
    results.push(result);
  }
  return results;
}
