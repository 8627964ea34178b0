import { describe, expect, it } from "vitest";
import { importRequestSchema } from "./article-import";
import { articleFieldName, readImportForm, REFERENCE_FIELD } from "./import-form";

function formOf(fields: Record<string, string | File>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return form;
}

describe("readImportForm", () => {
  it("turns each numbered fieldset into an article, the reference radio into isReference", async () => {
    const form = formOf({
      [articleFieldName(0, "text")]: "Wire headline\n\nThe first paragraph.",
      [articleFieldName(0, "outlet")]: "Wire",
      [articleFieldName(0, "outletKind")]: "wire",
      [articleFieldName(0, "url")]: "https://wire.example/a",
      [articleFieldName(0, "publishedAt")]: "2025-08-01",
      [articleFieldName(1, "text")]: "<html><body><article><p>Rewrite.</p></article></body></html>",
      [articleFieldName(1, "format")]: "html",
      [articleFieldName(1, "outlet")]: "Known Outlet",
      [articleFieldName(1, "url")]: "",
      [REFERENCE_FIELD]: "0",
    });
    const request = await readImportForm(form, "my-story");
    expect(request).toEqual({
      storySlug: "my-story",
      articles: [
        { text: "Wire headline\n\nThe first paragraph.", outlet: { name: "Wire", kind: "wire" }, url: "https://wire.example/a", publishedAt: "2025-08-01", title: undefined, byline: undefined, isReference: true },
        { html: "<html><body><article><p>Rewrite.</p></article></body></html>", outlet: "Known Outlet", url: undefined, publishedAt: undefined, title: undefined, byline: undefined, isReference: false },
      ],
    });
    // What it produces is what the import schema accepts.
    expect(importRequestSchema.safeParse(request).success).toBe(true);
  });

  it("reads an uploaded file as bytes with its name, and pasted Markdown as a .md file", async () => {
    const form = formOf({
      [articleFieldName(0, "file")]: new File(["# Title\n\nBody text."], "rewrite.md", { type: "text/markdown" }),
      [articleFieldName(0, "outlet")]: "Blog",
      [articleFieldName(1, "text")]: "## Heading\n\nSome *emphasis*.",
      [articleFieldName(1, "format")]: "markdown",
      [articleFieldName(1, "outlet")]: "Blog",
    });
    const [uploaded, pasted] = (await readImportForm(form, "s")).articles;
    expect(uploaded?.file?.name).toBe("rewrite.md");
    expect(new TextDecoder().decode(uploaded?.file?.content as Uint8Array)).toBe("# Title\n\nBody text.");
    expect(pasted?.file).toEqual({ name: "pasted.md", content: "## Heading\n\nSome *emphasis*." });
  });

  it("skips blank fieldsets the form added but keeps a half-filled one, so the import can name what is missing", async () => {
    const form = formOf({
      [articleFieldName(0, "text")]: "",
      [articleFieldName(0, "outlet")]: "",
      [articleFieldName(0, "format")]: "text",
      [articleFieldName(1, "outlet")]: "Somebody",
      [articleFieldName(1, "text")]: "",
    });
    const { articles } = await readImportForm(form, "s");
    expect(articles).toHaveLength(1);
    expect(articles[0]).toMatchObject({ text: "", outlet: "Somebody" });
  });
});
