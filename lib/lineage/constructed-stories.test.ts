import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { importArticles } from "@/lib/pipeline/import-articles";
import { getStoryLineage, type StoryLineageView } from "@/lib/server/queries/get-story-lineage";
import { createTestDb, type TestDb } from "@/lib/testing/create-test-db";
import { CONSTRUCTED_STORIES, type ConstructedStory } from "./testing/constructed-stories";

vi.mock("server-only", () => ({}));

// The constructed stories go the whole way a real one does: imported, analysed by the engine,
// stored, then read back by getStoryLineage. Only the copying is known in advance.

interface Outcome {
  story: string;
  article: string;
  expected: string;
  got: string;
  isCorrect: boolean;
}

let testDb: TestDb;
const views = new Map<string, StoryLineageView>();

async function importStory(story: ConstructedStory): Promise<StoryLineageView> {
  const articles = [story.reference, ...story.derivatives].map((article) => ({
    text: article.text,
    outlet: { name: article.outlet, kind: "newspaper" as const },
    title: `${story.name}: ${article.key}`,
    publishedAt: article.publishedAt,
    isReference: article === story.reference,
  }));
  const { slug } = await importArticles(testDb.db, { newStory: { title: `Constructed: ${story.name}` }, articles });
  return (await getStoryLineage(slug, testDb.db))!;
}

/** The outcome of each link against the known copying: the source, or "X or Y: undecided". */
function judge(story: ConstructedStory, view: StoryLineageView): Outcome[] {
  const keyOf = new Map(view.articles.map((article) => [article.id, article.title.split(": ")[1]!]));
  return view.lineage.links.map((link) => {
    const article = keyOf.get(link.articleId)!;
    const truth = story.truth[article]!;
    const source = keyOf.get(link.sourceId)!;
    const runnerUp = link.runnerUp ? keyOf.get(link.runnerUp.sourceId)! : "none";
    const got = link.isUndecided ? `${[source, runnerUp].sort().join(" or ")}: undecided` : source;
    const expected = typeof truth === "string" ? truth : `${[...truth.undecided].sort().join(" or ")}: undecided`;
    return { story: story.name, article, expected, got, isCorrect: got === expected };
  });
}

beforeAll(async () => {
  testDb = createTestDb();
  for (const story of CONSTRUCTED_STORIES) views.set(story.name, await importStory(story));
}, 120_000);
afterAll(() => testDb.dispose());

describe("lineage on constructed stories with known copying", () => {
  it.each(CONSTRUCTED_STORIES.map((story) => [story.name, story.about, story] as const))("%s (%s): every link recovered", (_name, _about, story) => {
    const outcomes = judge(story, views.get(story.name)!);
    expect(outcomes.map((outcome) => `${outcome.article} ← ${outcome.got}`)).toEqual(outcomes.map((outcome) => `${outcome.article} ← ${outcome.expected}`));
  });

  it("reports lineage accuracy over all constructed links", () => {
    const outcomes = CONSTRUCTED_STORIES.flatMap((story) => judge(story, views.get(story.name)!));
    const correct = outcomes.filter((outcome) => outcome.isCorrect).length;
    console.info(`lineage accuracy on ${CONSTRUCTED_STORIES.length} constructed stories: ${correct}/${outcomes.length} links (${Math.round((correct / outcomes.length) * 100)}%)`);
    for (const outcome of outcomes) console.info(`  ${outcome.story}: ${outcome.article} ← ${outcome.got} (truth: ${outcome.expected})`);
    expect(correct).toBe(outcomes.length);
  });

  it("lists its evidence: the chain's B shares A's omissions; C shares B's added passage and its altered wording", () => {
    const view = views.get("chain")!;
    const keyOf = new Map(view.articles.map((article) => [article.id, article.title.split(": ")[1]!]));
    const link = (key: string) => view.lineage.links.find((candidate) => keyOf.get(candidate.articleId) === key)!;
    expect(link("B").evidence.map((item) => item.kind)).toContain("shared-omissions");
    const evidence = link("C").evidence;
    expect(evidence.flatMap((item) => (item.kind === "shared-passage" ? [item.text] : [])).join(" ")).toContain("Maersk Elba");
    expect(evidence.map((item) => item.kind)).toContain("shared-error");
    // Each link's score is the sum of its evidence weights.
    for (const each of view.lineage.links) expect(each.score).toBeCloseTo(each.evidence.reduce((sum, item) => sum + item.weight, 0), 2);
  });
});
