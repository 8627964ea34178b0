import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, unlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { DEFAULT_SEEDS_DIR, listStoryFolders, seedStories } from "./seed-stories";

const SLUG = "abraham-accords-expansion";
const REFERENCE_FILE = "001_4d75c897f5d879f7.txt";

let testDb: TestDb;
let seedsDir: string;

beforeEach(() => {
  testDb = createTestDb();
  seedsDir = mkdtempSync(path.join(tmpdir(), "claimtrail-seeds-"));
  cpSync(DEFAULT_SEEDS_DIR, seedsDir, { recursive: true });
});
afterEach(async () => {
  await testDb.dispose();
  rmSync(seedsDir, { recursive: true, force: true });
});

const manifestPath = () => path.join(seedsDir, SLUG, "manifest.json");
function editManifest(edit: (manifest: any) => void) {
  const manifest = JSON.parse(readFileSync(manifestPath(), "utf8"));
  edit(manifest);
  writeFileSync(manifestPath(), JSON.stringify(manifest));
}

async function countRows() {
  const { db } = testDb;
  return {
    stories: await db.story.count(),
    articles: await db.article.count(),
    outlets: await db.outlet.count(),
    audit: await db.auditLog.count(),
  };
}

describe("seedStories", () => {
  it("seeds story folders only: seeds/eval (gold labels, no manifest) is not a story", async () => {
    const folders = (await listStoryFolders(seedsDir)).map((folder) => path.basename(folder));
    expect(folders).toEqual([SLUG]);
  });


  it("loads the shipped story with its reference", async () => {
    await seedStories(testDb.db, seedsDir);
    const story = await testDb.db.story.findUniqueOrThrow({
      where: { slug: SLUG },
      include: { articles: { include: { outlet: true } }, referenceArticle: true },
    });
    expect(story.articles).toHaveLength(5);
    expect(story.referenceArticle?.sourceFile).toBe(REFERENCE_FILE);
    const reuters = story.articles.find((a) => a.sourceFile === REFERENCE_FILE);
    expect(reuters?.outlet).toMatchObject({ name: "Reuters", kind: "wire" });
    // The raw text is stored exactly as the file reads, page chrome included.
    expect(reuters?.rawText).toBe(readFileSync(path.join(seedsDir, SLUG, REFERENCE_FILE), "utf8"));
  });

  it("is idempotent: a second run changes nothing", async () => {
    await seedStories(testDb.db, seedsDir);
    const before = await countRows();
    const articlesBefore = await testDb.db.article.findMany({ orderBy: { id: "asc" } });
    const second = await seedStories(testDb.db, seedsDir);
    expect(second[0]).toMatchObject({ isNewStory: false, createdArticleIds: [] });
    expect(await countRows()).toEqual(before);
    expect(await testDb.db.article.findMany({ orderBy: { id: "asc" } })).toEqual(articlesBefore);
  });

  // Each row breaks the seed folder one way; the error must name the file and the field, and
  // nothing may be written.
  const badInputs: { why: string; breakIt: () => void; message: RegExp }[] = [
    {
      why: "an article file listed in the manifest is missing",
      breakIt: () => unlinkSync(path.join(seedsDir, SLUG, "002_383cd2eb02f0c364.txt")),
      message: /manifest\.json › articles\[2\]\.file: 002_383cd2eb02f0c364\.txt does not exist/,
    },
    {
      why: "a publication date that is not a date",
      breakIt: () => editManifest((m) => (m.articles[1].publishedAt = "yesterday")),
      message: /manifest\.json › articles\[1\]\.publishedAt: must be a date like 2025-08-01/,
    },
    {
      why: "a publication date that does not exist on the calendar",
      breakIt: () => editManifest((m) => (m.articles[3].publishedAt = "2025-02-30")),
      message: /manifest\.json › articles\[3\]\.publishedAt: is not a real calendar date/,
    },
    {
      why: "a reference that is not one of the articles",
      breakIt: () => editManifest((m) => (m.reference = "999_missing.txt")),
      message: /manifest\.json › reference: "999_missing\.txt" is not one of the articles' files/,
    },
    {
      why: "an outlet kind outside the list",
      breakIt: () => editManifest((m) => (m.articles[0].outlet.kind = "podcast")),
      message: /manifest\.json › articles\[0\]\.outlet\.kind: /,
    },
    {
      why: "a URL that is not http(s)",
      breakIt: () => editManifest((m) => (m.articles[4].url = "ftp://example.org/x")),
      message: /manifest\.json › articles\[4\]\.url: /,
    },
    {
      why: "an empty article file",
      breakIt: () => writeFileSync(path.join(seedsDir, SLUG, "000_6fbb3d5136221882.txt"), "  \n"),
      message: /articles\[1\]\.file: 000_6fbb3d5136221882\.txt is empty/,
    },
    {
      why: "a binary article file",
      breakIt: () => writeFileSync(path.join(seedsDir, SLUG, "004_cd2b3fb8890cfec0.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1])),
      message: /articles\[4\]\.file: 004_cd2b3fb8890cfec0\.txt is a binary file/,
    },
    {
      why: "a manifest that is not JSON",
      breakIt: () => writeFileSync(manifestPath(), "{ slug: "),
      message: /manifest\.json: is not valid JSON/,
    },
  ];

  it.each(badInputs)("refuses $why and writes nothing", async ({ breakIt, message }) => {
    breakIt();
    await expect(seedStories(testDb.db, seedsDir)).rejects.toThrow(message);
    expect(await countRows()).toEqual({ stories: 0, articles: 0, outlets: 0, audit: 0 });
  });

  it("validates every story before writing any", async () => {
    cpSync(path.join(seedsDir, SLUG), path.join(seedsDir, "zz-second"), { recursive: true });
    const second = path.join(seedsDir, "zz-second", "manifest.json");
    const manifest = JSON.parse(readFileSync(second, "utf8"));
    manifest.slug = "zz-second";
    manifest.reference = "nope.txt";
    writeFileSync(second, JSON.stringify(manifest));
    await expect(seedStories(testDb.db, seedsDir)).rejects.toThrow(/zz-second\/manifest\.json › reference/);
    expect((await countRows()).stories).toBe(0);
  });
});
