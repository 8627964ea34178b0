import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { LABEL_SEVERITY } from "@/lib/labels";
import { seedStories } from "@/lib/pipeline/seed-stories";
import { listTestDialects, type TestDb } from "@/lib/testing/create-test-db";
import { parseClaimsSearch } from "@/lib/validation/claims-search";
import { CLAIMS_PAGE_SIZE, searchClaims, type SearchClaimsResult } from "./search-claims";

vi.mock("server-only", () => ({}));

/** Every kind unless a test asks for one: most tests are about the search, not the default list. */
const search = (params: Record<string, string> = {}) => parseClaimsSearch({ kind: "all", ...params });

// On SQLite (FTS5) and, when the tests have a PostgreSQL server, on PostgreSQL (tsvector): the
// same assertions on both.
describe.each(listTestDialects())("searchClaims over the seed story on $dialect", ({ create }) => {
  let testDb: TestDb;
  let all: SearchClaimsResult;
  beforeAll(async () => {
    testDb = await create();
    await seedStories(testDb.db);
    all = await searchClaims(search({ kind: "all" }), testDb.db);
  }, 60_000);
  afterAll(() => testDb.dispose());

  it("lists every claim in reference order without a search", async () => {
    expect(all.total).toBe(await testDb.db.claim.count());
    expect(all.hasClaims).toBe(true);
    expect(all.sort).toBe("reference");
    expect(all.results).toHaveLength(CLAIMS_PAGE_SIZE);
    const positions = all.results.map((result) => result.text);
    const expected = await testDb.db.claim.findMany({ orderBy: { position: "asc" }, take: CLAIMS_PAGE_SIZE, select: { text: true } });
    expect(positions).toEqual(expected.map((claim) => claim.text));
    expect(all.facets.stories.map((story) => story.slug)).toEqual(["abraham-accords-expansion"]);
    expect(all.facets.outlets.map((outlet) => outlet.name)).toContain("The Levant Files");
  });

  it.each([
    ["the exact name", "Lightstone"],
    ["a prefix, as typed so far", "Lightst"],
    ["another case and an accent", "LÍGHTSTONE"],
    ["two words", "Aryeh Lightstone"],
  ])("finds the claim naming Aryeh Lightstone by %s", async (_, q) => {
    const result = await searchClaims(search({ q }), testDb.db);
    expect(result.sort).toBe("relevance");
    expect(result.total).toBeGreaterThan(0);
    expect(result.results.map((r) => r.text)).toContain("Aryeh Lightstone");
    // Claims whose own wording matches rank first.
    expect(result.results[0]?.text).toMatch(/Lightstone/);
    expect(result.results[0]?.matchedWording).toBeNull();
  });

  it.each([
    ["a lone quote", '"'],
    ["an unbalanced quote", '"Lightstone'],
    ["a bare operator", "AND"],
    ["operators around words", "Lightstone AND NOT Aliyev OR"],
    ["a minus", "-"],
    ["a star", "*"],
    ["FTS column syntax", "text: Lightstone"],
    ["NEAR and brackets", "NEAR(Lightstone Aliyev) {text}"],
    ["a caret and parentheses", "^Light (stone"],
    ["SQL", "'; DROP TABLE \"Claim\"; --"],
    ["a very long query", "Lightstone ".repeat(100)],
  ])("never throws on hostile input: %s", async (_, q) => {
    const result = await searchClaims(search({ q }), testDb.db);
    expect(result.total).toBeGreaterThanOrEqual(0);
    expect(result.pageCount).toBeGreaterThanOrEqual(1);
  });

  /** The texts of every claim a search finds (all pages: the seed has a few hundred claims). */
  const texts = async (q: string) => {
    const found: string[] = [];
    for (let page = 1; ; page += 1) {
      const result = await searchClaims(search({ q, page: String(page), kind: "all" }), testDb.db);
      found.push(...result.results.map((r) => r.text));
      if (page >= result.pageCount) return found;
    }
  };
  const ids = async (q: string) => {
    const found: string[] = [];
    for (let page = 1; ; page += 1) {
      const result = await searchClaims(search({ q, page: String(page), kind: "all" }), testDb.db);
      found.push(...result.results.map((r) => r.id));
      if (page >= result.pageCount) return new Set(found);
    }
  };

  it("finds either word with OR: every claim of each side, and no others", async () => {
    const [either, lightstone, witkoff, both] = await Promise.all([ids("Lightstone OR Witkoff"), ids("Lightstone"), ids("Witkoff"), ids("Lightstone Witkoff")]);
    expect(lightstone.size).toBeGreaterThan(0);
    expect(witkoff.size).toBeGreaterThan(0);
    expect(either).toEqual(new Set([...lightstone, ...witkoff]));
    // Without OR both words must occur: fewer claims than either alone.
    expect(both.size).toBeLessThan(either.size);
    // Lower-case "or" is a word, as in other search engines, so it narrows rather than widens.
    expect((await ids("Lightstone or Witkoff")).size).toBeLessThan(either.size);
  }, 30_000);

  it("leaves out claims with an excluded word, with or without words to find", async () => {
    const [talks, withoutKazakhstan, kazakhstan, allButKazakhstan] = await Promise.all([ids("officials"), ids("officials -Kazakhstan"), ids("Kazakhstan"), ids("-Kazakhstan")]);
    expect(kazakhstan.size).toBeGreaterThan(0);
    expect(withoutKazakhstan.size).toBeLessThan(talks.size);
    for (const text of await texts("officials -Kazakhstan")) expect(text).not.toMatch(/Kazakhstan/i);
    for (const text of await texts("-Kazakhstan")) expect(text).not.toMatch(/Kazakhstan/i);
    expect(allButKazakhstan.size).toBeLessThan(all.total);
    expect(allButKazakhstan.size).toBeGreaterThanOrEqual(all.total - kazakhstan.size);
    // NOT is the same as a minus.
    expect(await ids("officials NOT Kazakhstan")).toEqual(withoutKazakhstan);
  }, 30_000);

  it("matches a quoted phrase only with its words together, in order", async () => {
    const [phrase, words, reversed] = await Promise.all([texts('"senior aide"'), texts("senior aide"), texts('"aide senior"')]);
    expect(phrase.length).toBeGreaterThan(0);
    const result = await searchClaims(search({ q: '"senior aide"' }), testDb.db);
    for (const claim of result.results) expect(claim.matchedWording?.text ?? claim.text).toMatch(/senior aide/i);
    expect(phrase.length).toBeLessThanOrEqual(words.length);
    expect(reversed).toEqual([]);
  }, 30_000);

  it.each([
    ["digits find the figure written with a comma", "60000", /60,000/],
    ["the comma form finds it too", "60,000", /60,000/],
    ["a k suffix", "60k", /60,000/],
    ["a scale word", "60 thousand", /60,000/],
    ["the k form of another figure", "100k", /100,000/],
  ])("finds numbers however they are written: %s", async (_, q, pattern) => {
    const found = await texts(q);
    expect(found.length).toBeGreaterThan(0);
    expect(found.some((text) => pattern.test(text))).toBe(true);
  }, 30_000);

  it("matches numbers whole: 600 does not find 60,000", async () => {
    for (const text of await texts("600")) expect(text).not.toMatch(/60,000/);
  });

  it("treats a search with no words in it as no search", async () => {
    const result = await searchClaims(search({ q: "-" }), testDb.db);
    expect(result.highlights).toEqual([]);
    expect(result.isSearch).toBe(false);
    expect(result.sort).toBe("reference");
    expect(result.total).toBe(all.total);
  });

  it.each([
    ["invented", { label: "invented" }],
    ["omitted", { label: "omitted" }],
    ["softened", { label: "softened" }],
    ["statements", { kind: "statement" }],
    ["new material", { kind: "new" }],
    ["unreviewed verdicts", { review: "unreviewed" }],
    ["one story", { story: "abraham-accords-expansion" }],
  ])("a filter narrows the list or keeps it: %s", async (_, params) => {
    const result = await searchClaims(search(params), testDb.db);
    expect(result.total).toBeGreaterThan(0);
    expect(result.total).toBeLessThanOrEqual(all.total);
  });

  it("filters by the effective label of derivative appearances", async () => {
    const invented = await searchClaims(search({ label: "invented" }), testDb.db);
    expect(invented.total).toBeLessThan(all.total);
    for (const result of invented.results) expect(result.labelCounts.map((c) => c.label)).toContain("invented");
    // An editor's verdict wins over the machine's: relabelling a faithful appearance adds its claim.
    const { db } = testDb;
    const story = await db.story.findFirstOrThrow({ select: { referenceArticleId: true } });
    const faithful = await db.claimAppearance.findFirstOrThrow({
      where: { machineLabel: "faithful", articleId: { not: story.referenceArticleId! }, claim: { appearances: { none: { machineLabel: "invented" } } } },
      select: { id: true, claimId: true },
    });
    await db.claimAppearance.update({ where: { id: faithful.id }, data: { editorLabel: "invented", isReviewed: true } });
    try {
      const after = await searchClaims(search({ label: "invented" }), db);
      expect(after.total).toBe(invented.total + 1);
      const reviewed = await searchClaims(search({ review: "reviewed" }), db);
      expect(reviewed.total).toBe(1);
      expect(reviewed.results[0]?.id).toBe(faithful.claimId);
    } finally {
      await db.claimAppearance.update({ where: { id: faithful.id }, data: { editorLabel: null, isReviewed: false } });
    }
  }, 30_000);

  it("lists changed statements and new material by default, naming the outlets and how many claims every kind holds", async () => {
    const defaults = await searchClaims(parseClaimsSearch({}), testDb.db);
    expect(defaults.total).toBeGreaterThan(0);
    expect(defaults.total).toBeLessThan(all.total);
    expect(defaults.totalAllKinds).toBe(all.total);
    expect(all.totalAllKinds).toBeNull();
    for (const result of defaults.results) {
      expect(result.kind === "statement" || result.isNew).toBe(true);
      expect(result.labelCounts.some((count) => count.label !== "faithful" && count.label !== "omitted")).toBe(true);
    }
    // Every claim some outlet changed, and no other: statements with a changed wording plus new material.
    const [statements, added] = await Promise.all([searchClaims(search({ kind: "statement" }), testDb.db), searchClaims(search({ kind: "new" }), testDb.db)]);
    expect(defaults.total).toBeLessThanOrEqual(statements.total + added.total);
    for (const result of defaults.results) {
      expect(result.outletNames.length).toBe(Math.min(result.outletCount, 5));
      expect([...result.outletNames].sort()).toEqual(result.outletNames);
    }
    const one = defaults.results.find((result) => result.outletCount === 1);
    expect(one?.outletNames).toHaveLength(1);
  });

  it("splits claims by kind without overlap", async () => {
    const counts = await Promise.all((["statement", "detail", "new"] as const).map((kind) => searchClaims(search({ kind }), testDb.db).then((r) => r.total)));
    expect(counts.every((count) => count > 0)).toBe(true);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(all.total);
  });

  it("filters by outlet and by label in the same appearance", async () => {
    const blog = all.facets.outlets.find((outlet) => outlet.name === "The Levant Files");
    expect(blog).toBeDefined();
    const carried = await searchClaims(search({ outlet: blog!.id }), testDb.db);
    const invented = await searchClaims(search({ outlet: blog!.id, label: "invented" }), testDb.db);
    expect(carried.total).toBeLessThan(all.total);
    expect(invented.total).toBeGreaterThanOrEqual(3);
    expect(invented.total).toBeLessThan(carried.total);
  });

  it("pages through every claim exactly once, 25 at a time", async () => {
    expect(all.pageCount).toBe(Math.ceil(all.total / CLAIMS_PAGE_SIZE));
    const seen: string[] = [];
    for (let page = 1; page <= all.pageCount; page += 1) {
      const result = await searchClaims(search({ page: String(page) }), testDb.db);
      expect(result.page).toBe(page);
      expect(result.results.length).toBe(page < all.pageCount ? CLAIMS_PAGE_SIZE : all.total - CLAIMS_PAGE_SIZE * (all.pageCount - 1));
      seen.push(...result.results.map((r) => r.id));
    }
    expect(new Set(seen).size).toBe(all.total);
    // Past the end: no rows, but the total and page count still say where the results are.
    const beyond = await searchClaims(search({ page: String(all.pageCount + 3) }), testDb.db);
    expect(beyond.results).toEqual([]);
    expect(beyond.total).toBe(all.total);
    expect(beyond.pageCount).toBe(all.pageCount);
  }, 30_000);

  it("sorts by severity and by outlets carrying the claim", async () => {
    const severe = await searchClaims(search({ sort: "severity" }), testDb.db);
    const top = severe.results[0]?.labelCounts.map((c) => LABEL_SEVERITY[c.label]) ?? [];
    expect(Math.max(...top)).toBe(LABEL_SEVERITY.invented);
    const widest = await searchClaims(search({ sort: "outlets" }), testDb.db);
    const outlets = widest.results.map((r) => r.outletCount);
    expect(outlets).toEqual([...outlets].sort((a, b) => b - a));
    expect(outlets[0]).toBe(4);
  });

  it("summarises each claim as outlets per label, one label per outlet", () => {
    for (const result of all.results) {
      const carried = result.labelCounts.filter((c) => c.label !== "omitted").reduce((sum, c) => sum + c.count, 0);
      expect(carried).toBe(result.outletCount);
      expect(result.outletCount + (result.labelCounts.find((c) => c.label === "omitted")?.count ?? 0)).toBeLessThanOrEqual(4);
    }
  });
});

describe.each(listTestDialects())("searchClaims on its own database on $dialect", ({ create }) => {
  let testDb: TestDb;
  beforeAll(async () => {
    testDb = await create();
  });
  afterAll(() => testDb.dispose());

  it("tells an empty database apart from a search without results", async () => {
    const result = await searchClaims(search({ q: "Lightstone" }), testDb.db);
    expect(result).toMatchObject({ total: 0, hasClaims: false, results: [] });
  });

  it("names the outlet whose wording matched when the claim's own wording does not", async () => {
    await seedStories(testDb.db);
    const { db } = testDb;
    const blog = await db.article.findFirstOrThrow({ where: { outlet: { name: "The Levant Files" } }, select: { id: true, storyId: true } });
    const claim = await db.claim.create({ data: { storyId: blog.storyId, key: "test:zanzibar", kind: "detail", isNew: true, text: "Zanzibar joins the talks" } });
    await db.claimAppearance.create({ data: { claimId: claim.id, articleId: blog.id, start: 0, end: 20, text: "Officials in Pemba deny it", machineLabel: "invented" } });
    const result = await searchClaims(search({ q: "pemba" }), db);
    expect(result.results).toHaveLength(1);
    expect(result.results[0]).toMatchObject({
      id: claim.id,
      matchedWording: { text: "Officials in Pemba deny it", outlet: "The Levant Files" },
      labelCounts: [{ label: "invented", count: 1 }],
      outletCount: 1,
    });
    expect(result.highlights).toEqual([{ word: "pemba", isPrefix: true }]);

    // A figure written with a scale word, found from its digits and its short form.
    const fund = await db.claim.create({ data: { storyId: blog.storyId, key: "test:fund", kind: "detail", isNew: true, text: "The fund holds $485 million" } });
    for (const q of ["485000000", "485,000,000", "$485m", "485 million"]) {
      expect((await searchClaims(search({ q }), db)).results.map((r) => r.id), q).toEqual([fund.id]);
    }
    expect((await searchClaims(search({ q: "485" }), db)).results.map((r) => r.id)).toContain(fund.id);
    expect((await searchClaims(search({ q: "48500000" }), db)).results).toEqual([]);
  }, 60_000);
});

// The same query syntax gives the same claims on both databases (FTS5 on SQLite, tsvector on
// PostgreSQL), compared by text: ids differ between two imports of the seed.
const dialects = listTestDialects();
describe.skipIf(dialects.length < 2)("searchClaims gives the same results on SQLite and PostgreSQL", () => {
  let dbs: TestDb[] = [];
  beforeAll(async () => {
    dbs = await Promise.all(dialects.map(({ create }) => create()));
    for (const testDb of dbs) await seedStories(testDb.db);
  }, 120_000);
  afterAll(() => Promise.all(dbs.map((testDb) => testDb.dispose())));

  /** Every matching claim's text and its matched wording, all pages, sorted (the two rankings may order ties differently). */
  const found = async (testDb: TestDb, q: string) => {
    const rows: string[] = [];
    for (let page = 1; ; page += 1) {
      const result = await searchClaims(search({ q, page: String(page) }), testDb.db);
      rows.push(...result.results.map((r) => `${r.text} | ${r.matchedWording ? "wording" : "claim"} | ${r.outletCount}`));
      if (page >= result.pageCount) return rows.sort();
    }
  };

  it.each(["Lightstone", "Lightst", "LÍGHTSTONE", "Lightstone OR Witkoff", "officials -Kazakhstan", "-Kazakhstan", '"senior aide"', "60,000", "60k", "Trump's", '"Abraham Accords"', "Kazakhstan OR Azerbaijan", "accords -Kazakhstan -Abraham"])(
    "%s",
    async (q) => {
      const [sqlite, postgres] = await Promise.all(dbs.map((testDb) => found(testDb, q)));
      expect(sqlite?.length).toBeGreaterThan(0);
      expect(postgres).toEqual(sqlite);
    },
    30_000,
  );
});
