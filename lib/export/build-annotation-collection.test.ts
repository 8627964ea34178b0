import { describe, expect, it } from "vitest";
import { useExportFixture, TRICKY_NOTE } from "@/lib/testing/seed-export-fixture";
import { ANNOTATION_CONTEXT, buildAnnotationCollection } from "./build-annotation-collection";

const fixture = useExportFixture();

describe("buildAnnotationCollection", () => {
  it("is a W3C AnnotationCollection with one annotation per derivative appearance", () => {
    const collection = buildAnnotationCollection(fixture().data, { baseUrl: "https://checks.example" });
    expect(collection).toMatchObject({ "@context": ANNOTATION_CONTEXT, type: "AnnotationCollection", first: { type: "AnnotationPage", startIndex: 0 } });
    const reference = fixture().data.articles.find((article) => article.isReference)!;
    const expected = fixture().data.claims.flatMap((claim) => claim.appearances.filter((appearance) => appearance.articleId !== reference.id));
    expect(collection.total).toBe(expected.length);
    expect(collection.first.items).toHaveLength(expected.length);
    expect(new Set(collection.first.items.map((item) => item.id)).size).toBe(expected.length);
    for (const item of collection.first.items) {
      expect(item).toMatchObject({ "@context": ANNOTATION_CONTEXT, type: "Annotation", motivation: "assessing" });
      expect(item.body[0]).toMatchObject({ type: "TextualBody", purpose: "tagging" });
      expect(item.target.source).not.toBe(reference.url);
    }
    const invented = collection.first.items.find((item) => item.id.endsWith(`#appearance-${fixture().invented}`))!;
    expect(invented.body).toEqual([
      { type: "TextualBody", purpose: "tagging", value: "invented" },
      { type: "TextualBody", purpose: "commenting", value: TRICKY_NOTE, format: "text/plain" },
      { type: "TextualBody", purpose: "commenting", value: "Asked the blog for its source; no answer.", format: "text/plain" },
    ]);
    const faithful = collection.first.items.find((item) => item.id.endsWith(`#appearance-${fixture().faithful}`))!;
    expect(faithful.body[0]!.value).toBe("faithful"); // the editor's override, not the machine's softened
  });

  it("anchors every selector on the stored article text", async () => {
    const collection = buildAnnotationCollection(fixture().data, { baseUrl: "https://checks.example" });
    const texts = new Map((await fixture().testDb.db.article.findMany({ select: { url: true, rawText: true } })).map((article) => [article.url, article.rawText]));
    for (const item of collection.first.items) {
      const text = texts.get(item.target.source)!;
      const [quote, position] = item.target.selector;
      expect(text.slice(position.start, position.end)).toBe(quote.exact);
      expect(text.slice(position.start - quote.prefix.length, position.start)).toBe(quote.prefix);
      expect(text.slice(position.end, position.end + quote.suffix.length)).toBe(quote.suffix);
      // The quote alone re-anchors: with its context it occurs at exactly this position.
      expect(text.indexOf(quote.prefix + quote.exact + quote.suffix)).toBe(position.start - quote.prefix.length);
    }
  });
});
