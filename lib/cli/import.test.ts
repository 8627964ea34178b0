import { execFileSync, spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeEach, describe, expect, it } from "vitest";
import { DEFAULT_SEEDS_DIR } from "@/lib/pipeline/seed-stories";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";

// The CLI as a user runs it: a real process on a real database file and a real story folder.
const ROOT = path.resolve(import.meta.dirname, "../..");
const SEED = path.join(DEFAULT_SEEDS_DIR, "abraham-accords-expansion");
const tmp = mkdtempSync(path.join(tmpdir(), "claimtrail-import-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let testDb: TestDb;
beforeEach(() => {
  testDb = createTestDb();
});
afterEach(async () => {
  await testDb.dispose();
});

function runImport(...args: string[]) {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/import.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: testDb.url },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of the seed folder with its manifest edited. */
function storyFolder(name: string, edit: (manifest: any, dir: string) => void = () => {}): string {
  const dir = path.join(tmp, name);
  cpSync(SEED, dir, { recursive: true });
  const manifestPath = path.join(dir, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  edit(manifest, dir);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  return dir;
}

/** Deletes `name` in `dir` and lets `make` put something else at its path. */
function replaceWith(dir: string, name: string, make: (file: string) => void): void {
  const file = path.join(dir, name);
  rmSync(file);
  make(file);
}

async function countRows() {
  const { db } = testDb;
  return { stories: await db.story.count(), articles: await db.article.count(), outlets: await db.outlet.count(), audit: await db.auditLog.count() };
}

describe("npm run import", () => {
  it("migrates a fresh database first instead of crashing on a missing table", () => {
    const url = `file:${path.join(tmp, "fresh.db")}`;
    const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/import.ts", SEED], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: url } });
    expect(result.stderr).not.toMatch(/TableDoesNotExist|does not exist in the current database/);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/import: created story abraham-accords-expansion \(\+5 articles\)/);
  }, 180_000);

  it("runs from its esbuild bundle (what `npm run import` starts) exactly as under tsx: migrations and seeds found, same summary", () => {
    const run = (argv: string[], name: string) =>
      spawnSync(process.execPath, argv, { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: `file:${path.join(tmp, name)}` } });
    const bundled = run(["lib/cli/launch-cli.mjs", "import", SEED], "bundled.db");
    expect(bundled.status, bundled.stderr).toBe(0);
    const viaTsx = run(["--import", "tsx", "lib/cli/import.ts", SEED], "tsx.db");
    expect(viaTsx.status, viaTsx.stderr).toBe(0);
    expect(bundled.stdout).toMatch(/import: created story abraham-accords-expansion \(\+5 articles\)/);
    expect(bundled.stdout).toBe(viaTsx.stdout);
  }, 180_000);

  it("db:seed migrates a fresh database first too", () => {
    const url = `file:${path.join(tmp, "fresh-seed.db")}`;
    const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["prisma/seed.ts"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATABASE_URL: url } });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/seed: abraham-accords-expansion created/);
  }, 180_000);

  it("creates and analyses the folder's story, with progress on stderr and a summary on stdout", async () => {
    const dir = storyFolder("whole", (manifest) => {
      manifest.slug = "accords-imported";
    });
    const { status, stdout, stderr } = runImport(dir);
    expect(stderr).not.toMatch(/Error/);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^import: created story accords-imported \(\+5 articles\)/);
    expect(stdout).toMatch(/Reuters: Trump eyes bringing Azerbaijan.*\[reference\]/);
    expect(stdout).toMatch(/analysed: 5 articles, \d+ claims/);
    // Not a terminal: one line per step, ending with the last derivative analysed.
    expect(stderr).toContain("import: checking 1/5\n");
    expect(stderr).toContain("import: saving 5/5\n");
    expect(stderr).toContain("import: analysing 4/4\n");
    const story = await testDb.db.story.findUniqueOrThrow({ where: { slug: "accords-imported" }, include: { articles: true } });
    expect(story.articles).toHaveLength(5);
    expect(story.analyzedAt).not.toBeNull();
  }, 60_000);

  it("adds a folder's HTML article to an existing story with --story", async () => {
    const first = runImport(storyFolder("base"));
    expect(first.status).toBe(0);
    const dir = storyFolder("more", (manifest, folder) => {
      const text = readFileSync(path.join(folder, "002_383cd2eb02f0c364.txt"), "utf8").replace("within months or even weeks", "within weeks");
      const html = `<html><head><title>Rewrite</title></head><body><nav><a href="/">Home</a></nav><article><h1>Rewrite</h1>${text
        .split(/\n\s*\n/)
        .map((p: string) => `<p>${p.trim()}</p>`)
        .join("")}</article></body></html>`;
      writeFileSync(path.join(folder, "rewrite.html"), html);
      manifest.articles = [{ file: "rewrite.html", outlet: { name: "Example News", kind: "newspaper" }, title: "Rewrite", url: "https://example.com/rewrite", publishedAt: "2025-08-02" }];
      manifest.reference = "rewrite.html";
    });
    const { status, stdout } = runImport(dir, "--story", "abraham-accords-expansion");
    expect(status).toBe(0);
    expect(stdout).toMatch(/^import: added to story abraham-accords-expansion \(\+1 articles\)/);
    expect(stdout).toMatch(/Example News: Rewrite \[html\]/);
    expect(stdout).toContain("the story keeps its reference");
    const article = await testDb.db.article.findFirstOrThrow({ where: { sourceFile: "rewrite.html" } });
    expect(article).toMatchObject({ inputFormat: "html" });
    expect(article.rawText).toContain("within weeks");
    expect(await testDb.db.claimAppearance.count({ where: { articleId: article.id } })).toBeGreaterThan(0);
  }, 60_000);

  it("re-imports a folder: an article whose text changed gets a new revision, and the same folder again adds nothing", async () => {
    const { db } = testDb;
    expect(runImport(storyFolder("before")).status).toBe(0);
    const edited = storyFolder("after", (manifest, folder) => {
      const file = path.join(folder, "002_383cd2eb02f0c364.txt");
      writeFileSync(file, readFileSync(file, "utf8").replace("within months or even weeks", "within weeks"));
      manifest.articles.find((article: { file: string }) => article.file === "002_383cd2eb02f0c364.txt").capturedAt = "2025-08-03T10:00:00Z";
    });
    const revised = runImport(edited, "--story", "abraham-accords-expansion");
    expect(revised.status, revised.stderr).toBe(0);
    expect(revised.stdout).toMatch(/^import: updated story abraham-accords-expansion \(1 revised, 4 unchanged\)/);
    expect(revised.stdout).toMatch(/newsbeep\.com: .*\[new revision 2\]/);
    const newsbeep = await db.article.findFirstOrThrow({ where: { sourceFile: "002_383cd2eb02f0c364.txt" }, include: { revisions: { orderBy: { number: "asc" } } } });
    expect(newsbeep.revisions.map((revision) => revision.number)).toEqual([1, 2]);
    expect(newsbeep.revisions[1]!.capturedAt.toISOString()).toBe("2025-08-03T10:00:00.000Z");
    expect(newsbeep.revisions[1]!.rawText).toContain("within weeks");
    expect(await db.articleRevision.count()).toBe(6);

    const before = await countRows();
    const again = runImport(edited, "--story", "abraham-accords-expansion");
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toMatch(/^import: nothing changed in story abraham-accords-expansion \(5 unchanged\)/);
    expect(again.stdout).toContain("Unchanged, no new revision: ");
    expect(again.stdout).toContain("not analysed: nothing changed");
    expect(await countRows()).toEqual(before);
    expect(await db.articleRevision.count()).toBe(6);
  }, 180_000);

  const badFolders: { why: string; args: () => string[]; message: RegExp }[] = [
    { why: "an empty article file", args: () => [storyFolder("empty", (_, dir) => writeFileSync(path.join(dir, "000_6fbb3d5136221882.txt"), "\n \n"))], message: /Article 2 \(000_6fbb3d5136221882\.txt\) › file: is empty/ },
    { why: "an unknown outlet kind", args: () => [storyFolder("kind", (manifest) => (manifest.articles[1].outlet.kind = "magazine"))], message: /articles\[1\]\.outlet\.kind: "magazine" is not an outlet kind/ },
    { why: "an invalid URL", args: () => [storyFolder("url", (manifest) => (manifest.articles[2].url = "www.example.com/no-scheme"))], message: /articles\[2\]\.url: Invalid URL/ },
    { why: "a story that already exists", args: () => [storyFolder("twice")], message: /newStory\.slug: a story "abraham-accords-expansion" already exists; .*--story abraham-accords-expansion/ },
    {
      why: "a file already in the story at another URL",
      args: () => [storyFolder("dupe", (manifest) => (manifest.articles[0].url = "https://example.com/a-copy")), "--story", "abraham-accords-expansion"],
      message: /\(001_4d75c897f5d879f7\.txt\) › file: the same text is already in this story: "Trump eyes bringing Azerbaijan/,
    },
    { why: "no folder", args: () => [], message: /give exactly one story folder/ },
    {
      why: "an article file that is a symbolic link out of the folder",
      args: () => [storyFolder("symlink", (_, dir) => replaceWith(dir, "002_383cd2eb02f0c364.txt", (file) => symlinkSync("/etc/passwd", file)))],
      message: /Article 3 \(002_383cd2eb02f0c364\.txt\) › file: is a symbolic link; an import folder may hold only regular files/,
    },
    {
      why: "an article file that is a FIFO",
      args: () => [storyFolder("fifo", (_, dir) => replaceWith(dir, "002_383cd2eb02f0c364.txt", (file) => execFileSync("mkfifo", [file])))],
      message: /Article 3 \(002_383cd2eb02f0c364\.txt\) › file: is a device, FIFO or socket, not a regular file/,
    },
    {
      why: "a manifest that is a symbolic link",
      args: () => [storyFolder("manifest-link", (_, dir) => { writeFileSync(path.join(tmp, "elsewhere.json"), readFileSync(path.join(SEED, "manifest.json"))); replaceWith(dir, "manifest.json", (file) => symlinkSync(path.join(tmp, "elsewhere.json"), file)); })],
      message: /manifest\.json: is a symbolic link/,
    },
    {
      why: "several bad files (every one is named in one run)",
      args: () => [storyFolder("several", (_, dir) => { writeFileSync(path.join(dir, "000_6fbb3d5136221882.txt"), "\n"); writeFileSync(path.join(dir, "004_cd2b3fb8890cfec0.txt"), Buffer.from([0, 1, 2, 3])); })],
      // The folder's story exists already (seeded first): that is reported in the same run.
      message: /3 problems\n.*Article 2 \(000_6fbb3d5136221882\.txt\) › file: is empty\n.*Article 5 \(004_cd2b3fb8890cfec0\.txt\) › file: is a binary file.*\n.*newStory\.slug: a story "abraham-accords-expansion" already exists/,
    },
    {
      why: "two bad files and one already in the story (file and database problems in one run)",
      args: () => [
        storyFolder("files-and-database", (manifest, dir) => {
          writeFileSync(path.join(dir, "000_6fbb3d5136221882.txt"), "\n");
          // 001's text at another URL: a duplicate (at its own URL it would be an unchanged re-import, which adds nothing).
          manifest.articles[0].url = "https://example.org/a-copy-of-the-reference";
          writeFileSync(path.join(dir, "004_cd2b3fb8890cfec0.txt"), Buffer.from([0, 1, 2, 3]));
          // New text for two files at their URLs (a re-import, which is fine).
          for (const file of ["002_383cd2eb02f0c364.txt", "003_08e63f9825b4c2c5.txt"]) writeFileSync(path.join(dir, file), `${readFileSync(path.join(dir, file), "utf8")}\n\nThe outlet updated this story on Monday.`);
        }),
        "--story",
        "abraham-accords-expansion",
      ],
      // The manifest lists 001 (the reference) first, then 000, 002, 003, 004.
      message: /import: 3 problems\n.*Article 1 \(001_4d75c897f5d879f7\.txt\) › file: the same text is already in this story: "Trump eyes bringing Azerbaijan.*\n.*Article 2 \(000_6fbb3d5136221882\.txt\) › file: is empty\n.*Article 5 \(004_cd2b3fb8890cfec0\.txt\) › file: is a binary file \(it contains NUL bytes\), not text\n$/,
    },
    {
      why: "a bad file and a look-alike outlet (file and database problems in one run)",
      args: () => [
        storyFolder("file-and-outlet", (manifest, dir) => {
          writeFileSync(path.join(dir, "000_6fbb3d5136221882.txt"), "\n");
          manifest.slug = "file-and-outlet";
          manifest.articles[3].outlet = { name: "Reut\u0435rs", domain: "reuters-copy.example", kind: "wire" };
        }),
      ],
      message: /import: 2 problems\n.*Article 2 \(000_6fbb3d5136221882\.txt\) › file: is empty\n.*Article 4 \(003_08e63f9825b4c2c5\.txt\) › outlet\.name: "Reut\u0435rs" looks like the outlet "Reuters"/,
    },
  ];
  it.each(badFolders)("exits 2 and writes nothing on $why", async ({ args, message }) => {
    expect(runImport(storyFolder(`seeded-${Math.random().toString(36).slice(2)}`)).status).toBe(0);
    const before = await countRows();
    const { status, stderr } = runImport(...args());
    expect(stderr).toMatch(message);
    expect(status).toBe(2);
    expect(await countRows()).toEqual(before);
  }, 60_000);
});
