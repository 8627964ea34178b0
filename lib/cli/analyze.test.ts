import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { analyzeStory } from "@/lib/analysis";
import { analysisReportSchema, pairResultSchema } from "@/lib/validation/analysis-report";

// The CLI as a user runs it: a real process, real files, stdout and the exit status.
const ROOT = path.resolve(import.meta.dirname, "../..");
const SEED = path.join(ROOT, "seeds/abraham-accords-expansion");
const REFERENCE = path.join(SEED, "001_4d75c897f5d879f7.txt");
const DERIVATIVES = ["000_6fbb3d5136221882.txt", "002_383cd2eb02f0c364.txt", "003_08e63f9825b4c2c5.txt", "004_cd2b3fb8890cfec0.txt"].map((f) => path.join(SEED, f));
const tmp = mkdtempSync(path.join(tmpdir(), "claimtrail-cli-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function analyze(...args: string[]) {
  const result = spawnSync(path.join(ROOT, "node_modules/.bin/tsx"), ["lib/cli/analyze.ts", ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `npm run --silent analyze`: the bundled CLI (lib/cli/launch-cli.mjs), as the eval script runs it. */
function analyzeBundled(...args: string[]) {
  const result = spawnSync("npm", ["run", "--silent", "analyze", "--", ...args], { cwd: ROOT, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** What `npm run analyze` printed before it streamed: the whole report from analyzeStory, validated. */
function expectedReport(reference: string, files: string[]) {
  const read = (file: string) => ({ file: path.basename(file), text: readFileSync(file, "utf8") });
  return analysisReportSchema.parse(analyzeStory(read(reference), files.map(read)));
}

/** The streamed key order: schemaVersion, reference, articles, newClaims (clusters are complete last). */
function inStreamedOrder(report: ReturnType<typeof expectedReport>) {
  return { schemaVersion: report.schemaVersion, reference: report.reference, articles: report.articles, newClaims: report.newClaims };
}

describe("npm run analyze", () => {
  it("prints a valid JSON report for the seed story", () => {
    const { status, stdout } = analyze("--reference", REFERENCE, ...DERIVATIVES);
    expect(status).toBe(0);
    const report = analysisReportSchema.parse(JSON.parse(stdout));
    expect(report.articles.map((a) => a.file)).toEqual(DERIVATIVES.map((f) => path.basename(f)));
    const blog = report.articles.find((a) => a.file.startsWith("003"))!;
    // The blog's quotes credited to unnamed officials and diplomats appear nowhere in the reference.
    for (const quote of ["We’re not asking Baku or Astana", "Our public watches Gaza", "Link peace first, trade second"]) {
      expect(blog.sentences.find((s) => s.text.includes(quote))?.label, quote).toBe("invented");
    }
    const newsbeep = report.articles.find((a) => a.file.startsWith("002"))!;
    // "every country" → "most other … states" weakens the claim; the rewrite also drops the reference's
    // "said the sources" (its only credit is two paragraphs up), so the sentence moved both ways: mixed-change,
    // labelled altered (the annotation calls it ambiguous: softened, hardened also defensible).
    const weakened = newsbeep.sentences.find((s) => s.text.includes("most other Central Asian states"));
    expect(weakened?.reasons.map((r) => r.code)).toEqual(["mixed-change", "attribution-dropped", "quantifier-weakened"]);
    // The unrelated stories appended to the reference page are excluded, never claims.
    const unrelated = report.reference.excluded.filter((span) => span.reason === "unrelated-story");
    expect(unrelated.length).toBeGreaterThan(0);
    for (const claim of report.reference.claims) {
      expect(unrelated.some((span) => claim.start >= span.start && claim.end <= span.end)).toBe(false);
    }
  }, 30_000);

  it("prints the same report as the in-process engine, compact by default and indented byte for byte with --pretty", () => {
    const expected = expectedReport(REFERENCE, DERIVATIVES);
    const compact = analyze("--reference", REFERENCE, ...DERIVATIVES);
    expect(compact.status).toBe(0);
    expect(compact.stdout.trim().split("\n")).toHaveLength(1);
    expect(JSON.parse(compact.stdout)).toEqual(expected);
    const pretty = analyze("--pretty", "--reference", REFERENCE, ...DERIVATIVES);
    expect(pretty.stdout).toBe(`${JSON.stringify(inStreamedOrder(expected), null, 2)}\n`);
  }, 30_000);

  it("analyses large stories in worker threads with the same result, new-detail clusters included", () => {
    // 44 files (over the threshold for worker threads): the seed rewrites eleven times under new
    // names, so new details recur across many files and must join the same clusters in file order.
    const files = Array.from({ length: 44 }, (_, index) => {
      const source = DERIVATIVES[index % DERIVATIVES.length]!;
      return write(`copy-${String(index).padStart(2, "0")}-${path.basename(source)}`, readFileSync(source, "utf8"));
    });
    const expected = expectedReport(REFERENCE, files);
    expect(expected.newClaims.some((claim) => claim.files.length > 4)).toBe(true);
    const viaTsx = analyze("--pretty", "--reference", REFERENCE, ...files);
    expect(viaTsx.stderr).toBe("");
    expect(viaTsx.stdout).toBe(`${JSON.stringify(inStreamedOrder(expected), null, 2)}\n`);
    const viaNpm = analyzeBundled("--reference", REFERENCE, ...files);
    expect(viaNpm.status).toBe(0);
    expect(JSON.parse(viaNpm.stdout)).toEqual(expected);
  }, 120_000);

  it("reads a rewrite given as a web page: the article is extracted, the page around it ignored", () => {
    const paragraphs = [
      "Officials in Azerbaijan have contacted governments in Central Asia about joining the Abraham Accords, according to five sources familiar with the talks.",
      "The Trump administration hopes a deal could be reached within weeks, the sources said, though it was not clear which other countries were approached.",
    ];
    const page = `<!DOCTYPE html><html><head><title>Rewrite</title></head><body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
      <article><h1>Central Asia eyes the Accords</h1>${paragraphs.map((p) => `<p>${p}</p>`).join("")}</article>
      <footer>Subscribe to our newsletter. Cookie settings.</footer></body></html>`;
    const { status, stdout, stderr } = analyze("--reference", REFERENCE, write("rewrite.html", page));
    expect(stderr).toBe("");
    expect(status).toBe(0);
    const [article] = analysisReportSchema.parse(JSON.parse(stdout)).articles;
    const texts = article!.sentences.map((sentence) => sentence.text);
    expect(texts).toEqual(expect.arrayContaining(paragraphs));
    expect(texts.join(" ")).not.toMatch(/Subscribe|Cookie|World/);
  }, 30_000);

  it("prints a readable summary with --format md", () => {
    const { status, stdout } = analyze("--reference", REFERENCE, "--format", "md", DERIVATIVES[1]!);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^# Provenance report: /);
    expect(stdout).toContain("### Softened");
    expect(stdout).toContain("`quantifier-weakened`");
  }, 30_000);

  it("labels sentence pairs with --pairs, one JSON line each", () => {
    const pairs = path.join(tmp, "pairs.jsonl");
    writeFileSync(
      pairs,
      [
        { reference: "Every member state has ratified the treaty, officials said.", derivative: "Most member states have ratified the treaty, officials said." },
        { reference: "The bridge will reopen in May, the ministry said.", derivative: "The bridge will reopen in May, the ministry said." },
      ]
        .map((pair) => JSON.stringify(pair))
        .join("\n"),
    );
    const { status, stdout } = analyze("--pairs", pairs);
    expect(status).toBe(0);
    const lines = stdout.trim().split("\n").map((line) => pairResultSchema.parse(JSON.parse(line)));
    expect(lines.map((line) => line.label)).toEqual(["softened", "faithful"]);
  }, 30_000);

  const badInputs: { why: string; args: () => string[]; message: RegExp }[] = [
    { why: "no --reference", args: () => [DERIVATIVES[0]!], message: /--reference: is required/ },
    { why: "a missing file", args: () => ["--reference", REFERENCE, path.join(tmp, "nope.txt")], message: /nope\.txt: does not exist/ },
    { why: "an empty file", args: () => ["--reference", REFERENCE, write("empty.txt", "\n \n")], message: /empty\.txt: is empty/ },
    { why: "a binary file", args: () => ["--reference", REFERENCE, write("image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2]))], message: /image\.txt: is a binary file/ },
    { why: "a file over 5 MB", args: () => ["--reference", REFERENCE, write("huge.txt", "word ".repeat(1_100_000))], message: /huge\.txt: is 5\.2 MB; the limit is 5 MB/ },
    { why: "an unknown format", args: () => ["--reference", REFERENCE, "--format", "pdf", DERIVATIVES[0]!], message: /--format: must be "json" or "md"/ },
    { why: "a web page with no article in it", args: () => ["--reference", REFERENCE, write("menu.html", "<html><body><nav><a href='/'>Home</a></nav></body></html>")], message: /menu\.html: has no readable article/ },
    { why: "a malformed pairs line", args: () => ["--pairs", write("bad.jsonl", '{"reference": "x"}\n')], message: /bad\.jsonl:1 › derivative/ },
  ];
  it.each(badInputs)("exits 2 with a clear message on $why", ({ args, message }) => {
    const { status, stdout, stderr } = analyze(...args());
    expect(status).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
  }, 30_000);
});

function write(name: string, content: string | Buffer): string {
  const file = path.join(tmp, name);
  writeFileSync(file, content);
  return file;
}
