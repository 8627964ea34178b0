import path from "node:path";
import { describe, expect, it } from "vitest";
import { writeJsonReport } from "./analyze-parallel";

const SEED = path.resolve(import.meta.dirname, "../../seeds/abraham-accords-expansion");
const REFERENCE = path.join(SEED, "001_4d75c897f5d879f7.txt");
const DERIVATIVES = ["000_6fbb3d5136221882.txt", "002_383cd2eb02f0c364.txt", "003_08e63f9825b4c2c5.txt"].map((f) => path.join(SEED, f));

describe("writeJsonReport", () => {
  it("writes nothing more until the previous chunk was taken (a slow reader holds the run, not its memory)", async () => {
    const chunks: string[] = [];
    let pending = 0;
    let mostPending = 0;
    await writeJsonReport({
      reference: REFERENCE,
      files: DERIVATIVES,
      referenceOutletNames: [],
      isPretty: false,
      write: (chunk) => {
        chunks.push(chunk);
        pending += 1;
        mostPending = Math.max(mostPending, pending);
        // The reader takes each chunk a few turns of the event loop later.
        return new Promise((resolve) => setTimeout(() => ((pending -= 1), resolve()), 5));
      },
    });
    expect(mostPending).toBe(1);
    expect(pending).toBe(0);
    // The opening, one chunk of articles, the closing: the report is whole and valid.
    expect(chunks.length).toBe(3);
    const report = JSON.parse(chunks.join("")) as { articles: { file: string }[] };
    expect(report.articles.map((a) => a.file)).toEqual(DERIVATIVES.map((f) => path.basename(f)));
  });
});
