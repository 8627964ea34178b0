import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { estimateLineage, type LineageInput } from "@/lib/lineage";
import { LineageGraph, MAX_GRAPH_ARTICLES } from "./lineage-graph";

// A tie: B is A with one word changed, C copies their shared text; nothing tells A from B.
const TEXT = "The council approved the budget on Tuesday after a long night of talks, officials said. Spending on schools rises by 30 percent under the plan drawn up by the finance committee.";
const input: LineageInput = {
  articles: [
    { id: "R", name: "Wire", isReference: true, publishedAt: 0, capturedAt: 0, text: "The council approved the budget on Tuesday. Spending on schools rises by 3 percent." },
    { id: "A", name: "Alpha", isReference: false, publishedAt: 1, capturedAt: 1, text: TEXT },
    { id: "B", name: "Beta", isReference: false, publishedAt: 2, capturedAt: 2, text: TEXT.replace("officials said", "officials stated") },
    { id: "C", name: "Gamma", isReference: false, publishedAt: 3, capturedAt: 3, text: TEXT.replace(" after a long night of talks, officials said", "") },
  ],
  claims: [],
  appearances: [],
};
const articles = input.articles.map((article) => ({ id: article.id, outlet: article.name, publishedAt: new Date(article.publishedAt ?? 0), isReference: article.isReference }));

describe("LineageGraph", () => {
  const lineage = estimateLineage(input);
  const svg = renderToStaticMarkup(createElement(LineageGraph, { articles, links: lineage.links, sharedDetails: lineage.sharedDetails }));

  it("draws one node per article linked to its reader page, and names every link in its description", () => {
    for (const article of input.articles) expect(svg).toContain(`href="/articles/${article.id}"`);
    expect(svg).toContain('role="img"');
    expect(svg).toMatch(/<desc[^>]*>4 articles in time order\. Alpha from Wire; Beta from Alpha; Gamma from (Alpha or Beta|Beta or Alpha) \(undecided\)\.<\/desc>/);
  });

  it("draws an undecided link dashed, with a grey dashed arrow from the runner-up, and says so in words", () => {
    const gamma = lineage.links.find((link) => link.articleId === "C")!;
    expect(gamma.isUndecided).toBe(true);
    const edges = [...svg.matchAll(/<path d="M [^"]+"[^>]*data-testid="lineage-edge"[^>]*>/g)].map((match) => match[0]);
    expect(edges).toHaveLength(lineage.links.length + 1);
    expect(edges.filter((edge) => edge.includes('stroke-dasharray="6 4"'))).toHaveLength(2);
    expect(edges.filter((edge) => edge.includes("arrow-runner-up"))).toHaveLength(1);
    expect(svg).toMatch(/(Alpha or Beta|Beta or Alpha): undecided/);
  });

  it("draws at most MAX_GRAPH_ARTICLES rows", () => {
    const many = Array.from({ length: MAX_GRAPH_ARTICLES + 5 }, (_, i) => ({ id: `a${i}`, outlet: `Outlet ${i}`, publishedAt: null, isReference: i === 0 }));
    const markup = renderToStaticMarkup(createElement(LineageGraph, { articles: many, links: [], sharedDetails: [] }));
    expect(markup.match(/href="\/articles\//g)).toHaveLength(MAX_GRAPH_ARTICLES);
  });
});
