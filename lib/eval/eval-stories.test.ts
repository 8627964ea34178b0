import { readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runEvalStory } from "./run-eval-story";

// Regression test over the real rewrites in seeds/eval/ (copies of shared/eval/stories): the
// engine's figures may rise, never fall below these floors. Each floor is the figure the engine
// reached when it was last raised, rounded down a little so that one span moving does not fail CI
// while a real regression (several spans) does. Raise them when the engine improves.
const EVAL_DIR = path.resolve(import.meta.dirname, "../../seeds/eval");

interface Floors {
  keyAcc: number;
  deviationP: number;
  deviationR: number;
  /** Share of boilerplate (article and reference) kept out of labelled sentences and claims. */
  boilerplate: number;
}

const FLOORS: Record<string, Floors> = {
  "kenya-adani-power-deal": { keyAcc: 0.5, deviationP: 0.35, deviationR: 0.35, boilerplate: 0.6 },
  "merz-arms-exports": { keyAcc: 0.85, deviationP: 0.95, deviationR: 0.85, boilerplate: 0 },
  "tuvalu-climate-migrants": { keyAcc: 0.65, deviationP: 0.65, deviationR: 0.55, boilerplate: 0.35 },
};

function ratio(fraction: string): number {
  const [ok, total] = fraction.split("/").map(Number);
  return total ? (ok ?? 0) / total : 1;
}

describe("eval stories (seeds/eval)", () => {
  it("has a floor for every story folder", () => {
    expect(readdirSync(EVAL_DIR).sort()).toEqual(Object.keys(FLOORS).sort());
  });

  for (const [story, floors] of Object.entries(FLOORS)) {
    it(`${story} stays at or above its floors`, async () => {
      const { figures, misses } = await runEvalStory(path.join(EVAL_DIR, story));
      const context = `${story}: ${JSON.stringify(figures)}\n${misses.join("\n")}`;
      expect(figures.key_acc, context).toBeGreaterThanOrEqual(floors.keyAcc);
      expect(figures.deviation_p, context).toBeGreaterThanOrEqual(floors.deviationP);
      expect(figures.deviation_r, context).toBeGreaterThanOrEqual(floors.deviationR);
      expect(ratio(figures.boilerplate_ok), context).toBeGreaterThanOrEqual(floors.boilerplate);
      expect(figures.language_ok.split("/")[0], context).toBe(figures.language_ok.split("/")[1]);
    });
  }
});
