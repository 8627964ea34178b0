import { describe, expect, it } from "vitest";
import { analyzeRevisions, MAX_ANALYZED_REVISIONS } from "./analyze-revisions";

const REFERENCE = `Ministers will sign the port agreement on Friday, officials said.

The deal covers 12 harbours along the coast, according to the ministry.`;
const at = (hour: number) => new Date(Date.UTC(2025, 7, 1, hour));

describe("analyzeRevisions", () => {
  it("labels every revision and lists what changed from the one before", () => {
    const revisions = analyzeRevisions({ file: "reference", text: REFERENCE }, [
      // Out of order on purpose: revisions are taken by number.
      { number: 2, text: REFERENCE.replace("will", "may"), capturedAt: at(12) },
      { number: 1, text: REFERENCE, capturedAt: at(9) },
      { number: 3, text: `${REFERENCE.replace("will", "may")}\n\nShare this article`, capturedAt: at(15) },
    ]);
    expect(revisions.map((revision) => [revision.number, revision.labels?.faithful, revision.labels?.softened, revision.changes?.length, revision.trivialCount])).toEqual([
      [1, 2, 0, 0, 0],
      [2, 1, 1, 1, 0],
      [3, 1, 1, 0, 1], // page chrome only
    ]);
    expect(revisions[1]!.changes![0]!.summary).toContain("faithful → softened");
  });

  it(`analyses at most the last ${MAX_ANALYZED_REVISIONS} revisions`, () => {
    const many = Array.from({ length: MAX_ANALYZED_REVISIONS + 2 }, (_, index) => ({ number: index + 1, text: `${REFERENCE}\n\nUpdate ${index}.`, capturedAt: at(index % 24) }));
    const revisions = analyzeRevisions({ file: "reference", text: REFERENCE }, many);
    expect(revisions.filter((revision) => revision.labels === null).map((revision) => revision.number)).toEqual([1, 2]);
    expect(revisions[2]!.changes).toBeNull(); // its predecessor was not analysed
    expect(revisions[3]!.changes).not.toBeNull();
  });
});
