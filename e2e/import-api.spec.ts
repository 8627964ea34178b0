import { expect, test, type APIRequestContext } from "@playwright/test";
import { account, ensureAccount, readDb } from "./accounts";

// The JSON doors for machine clients, over real HTTP: POST /api/stories and
// POST /api/stories/[slug]/articles, authenticated with a Bearer token from POST /api/session.
const viewer = account("viewer", "api");
const editor = account("editor", "api");
test.beforeAll(() => [viewer, editor].forEach(ensureAccount));

async function tokenFor(request: APIRequestContext, user: { email: string; password: string }): Promise<Record<string, string>> {
  const response = await request.post("/api/session", { data: { email: user.email, password: user.password } });
  expect(response.status()).toBe(201);
  return { Authorization: `Bearer ${((await response.json()) as { token: string }).token}` };
}

const REFERENCE = `Council approves new budget

The city council approved a $2.4 billion budget on Monday, officials said.

The budget includes funding for 300 new teachers, according to the mayor's office.`;
const REWRITE = `Council passes budget

The city council approved a $2.6 billion budget on Monday.

It might fund new teachers.`;
const countArticles = () => readDb<{ n: number }>("SELECT COUNT(*) AS n FROM Article").n;

test("creating a story and adding articles needs an editor: 401 without a session, 403 for a viewer, and nothing is written", async ({ request }) => {
  const before = { stories: readDb<{ n: number }>("SELECT COUNT(*) AS n FROM Story").n, articles: countArticles() };
  const body = { title: "Budget vote", articles: [{ text: REFERENCE, outlet: { name: "City Wire", kind: "wire" }, isReference: true }] };
  expect((await request.post("/api/stories", { data: body })).status()).toBe(401);
  expect((await request.post("/api/stories", { data: body, headers: await tokenFor(request, viewer) })).status()).toBe(403);
  expect((await request.post("/api/stories/abraham-accords-expansion/articles", { data: { articles: body.articles } })).status()).toBe(401);
  const forged = await request.post("/api/stories/abraham-accords-expansion/articles", { data: { articles: body.articles }, headers: await tokenFor(request, viewer) });
  expect(forged.status()).toBe(403);
  expect(await forged.json()).toEqual({ error: "This needs the editor role; you are a viewer." });
  expect({ stories: readDb<{ n: number }>("SELECT COUNT(*) AS n FROM Story").n, articles: countArticles() }).toEqual(before);
});

test("an editor's client creates a story, adds a rewrite with streamed progress, and is told exactly what is wrong with bad input", async ({ request }) => {
  const auth = await tokenFor(request, editor);
  const created = await request.post("/api/stories", { headers: auth, data: { title: "Budget vote", slug: "api-budget-vote", articles: [{ text: REFERENCE, outlet: { name: "City Wire", kind: "wire" }, url: "https://citywire.example/budget", publishedAt: "2025-03-03", isReference: true }] } });
  expect(created.status()).toBe(201);
  expect(await created.json()).toMatchObject({ story: { slug: "api-budget-vote", url: "/stories/api-budget-vote" }, articles: [{ outlet: "City Wire", isReference: true }] });

  // Progress as NDJSON lines, ending with the result.
  const streamed = await request.post("/api/stories/api-budget-vote/articles", {
    headers: { ...auth, Accept: "application/x-ndjson" },
    data: { articles: [{ text: REWRITE, outlet: { name: "Metro Daily", kind: "newspaper" }, title: "Council passes budget" }] },
  });
  expect(streamed.headers()["content-type"]).toContain("application/x-ndjson");
  const lines = (await streamed.text()).trim().split("\n").map((line) => JSON.parse(line) as { type: string; phase?: string });
  expect(lines.filter((line) => line.type === "progress").map((line) => line.phase)).toEqual(expect.arrayContaining(["validate", "save", "analyze"]));
  expect(lines.at(-1)).toMatchObject({ type: "done", status: 201, articles: [{ outlet: "Metro Daily", language: "eng" }], analysis: { articles: 2 } });
  const labels = readDb<{ labels: string }>(
    "SELECT group_concat(s.label) AS labels FROM Sentence s JOIN Article a ON a.id = s.articleId JOIN Outlet o ON o.id = a.outletId WHERE o.name = ?",
    "Metro Daily",
  ).labels;
  expect(labels).toContain("altered"); // $2.4 billion → $2.6 billion

  // Bad input: every problem named, nothing written. Field problems are all reported together…
  const before = countArticles();
  const refused = await request.post("/api/stories/api-budget-vote/articles", {
    headers: auth,
    data: { articles: [{ text: "Another rewrite of the budget story that is long enough.", outlet: { name: "New Outlet", kind: "magazine" }, url: "ftp://x", publishedAt: "2025-02-30" }] },
  });
  expect(refused.status()).toBe(422);
  const messages = ((await refused.json()) as { problems: { message: string }[] }).problems.map((problem) => problem.message).join("\n");
  expect(messages).toContain('Article 1 › outlet.kind: "magazine" is not an outlet kind');
  expect(messages).toContain("Article 1 › url: must be an http(s) URL");
  expect(messages).toContain("Article 1 › publishedAt: is not a real calendar date");
  // …and a text the story already holds names the article that has it.
  const duplicate = await request.post("/api/stories/api-budget-vote/articles", { headers: auth, data: { articles: [{ text: REWRITE, outlet: "Metro Daily" }] } });
  expect(duplicate.status()).toBe(422);
  const [problem] = ((await duplicate.json()) as { problems: { message: string }[] }).problems;
  expect(problem?.message).toMatch(/^Article 1 › text: the same text is already in this story: "Council passes budget" \(Metro Daily, article \w+\)$/);
  expect(countArticles()).toBe(before);

  expect((await request.post("/api/stories/no-such-story/articles", { headers: auth, data: { articles: [{ text: REWRITE, outlet: "Metro Daily" }] } })).status()).toBe(404);
  expect((await request.post("/api/stories/api-budget-vote/articles", { headers: { ...auth, "Content-Type": "application/json" }, data: "{not json" })).status()).toBe(400);
});
