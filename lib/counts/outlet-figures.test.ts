import { describe, expect, it } from "vitest";
import { LABELS, type Label } from "@/lib/labels";
import { CHANGE_LABELS, computeOutletFigures, describeCoverage, describeDistortion, DISTORTION_LABELS, formatShare } from "./outlet-figures";

const counts = (some: Partial<Record<Label, number>>) => ({ ...(Object.fromEntries(LABELS.map((label) => [label, 0])) as Record<Label, number>), ...some });

describe("computeOutletFigures", () => {
  // One row per situation the two figures must tell apart (issue 14: "% changed" counted
  // omissions, so a short faithful article looked more distorted than a long inventive one).
  it.each<[string, Partial<Record<Label, number>>, number, number, number | null, number | null]>([
    ["a short faithful rewrite: low coverage, no distortion", { faithful: 3, omitted: 7 }, 3, 10, 0, 0.3],
    ["a full rewrite that invents: full coverage, high distortion", { faithful: 6, altered: 2, invented: 2, added: 0 }, 10, 10, 0.4, 1],
    ["added material is carried but not distortion", { faithful: 8, added: 2 }, 8, 8, 0, 1],
    ["softened and hardened count as distortion", { faithful: 2, softened: 1, hardened: 1 }, 4, 4, 0.5, 1],
    ["omissions are neither carried nor distortion", { omitted: 5, invented: 1 }, 0, 5, 1, 0],
    ["nothing carried: no distortion figure", { omitted: 4 }, 0, 4, null, 0],
    ["a reference without statements: no coverage figure", { invented: 2 }, 0, 0, 1, null],
  ])("%s", (_why, some, carriedStatements, statementCount, distortion, coverage) => {
    const figures = computeOutletFigures({ counts: counts(some), carriedStatements, statementCount });
    expect(figures.distortion).toBe(distortion);
    expect(figures.coverage).toBe(coverage);
  });

  it("counts the distorted and carried claims it divides", () => {
    const figures = computeOutletFigures({ counts: counts({ faithful: 5, softened: 1, invented: 2, added: 1, omitted: 9 }), carriedStatements: 6, statementCount: 15 });
    expect(figures).toMatchObject({ distorted: 3, carried: 9, carriedStatements: 6, statementCount: 15 });
    expect(describeDistortion(figures)).toBe("33% distorted (3 of 9 carried claims)");
    expect(describeCoverage(figures)).toBe("40% coverage (6 of 15 reference statements)");
  });

  it("derives its label sets from the label registry", () => {
    expect(CHANGE_LABELS).toEqual(["softened", "hardened", "altered", "added", "invented"]);
    for (const label of DISTORTION_LABELS) expect(CHANGE_LABELS).toContain(label);
    expect(formatShare(null)).toBe("–");
  });
});
