import { describe, expect, it } from "vitest";
import { stripMarkdown } from "./strip-markdown";

describe("stripMarkdown", () => {
  const rows: { why: string; markdown: string; text: string }[] = [
    { why: "ATX headings lose their hashes and stand alone", markdown: "# Talks stall\nBody text.", text: "Talks stall\n\nBody text." },
    { why: "setext headings lose their underline", markdown: "Talks stall\n===\n\nBody.", text: "Talks stall\n\nBody." },
    { why: "emphasis, strong and strike-through keep their words", markdown: "It is *very* **big** and ~~small~~ _news_.", text: "It is very big and small news." },
    { why: "snake_case words keep their underscores", markdown: "See file_name_here now.", text: "See file_name_here now." },
    { why: "links keep their text, images and reference definitions go", markdown: "Read [the report](https://x.com) and [this][1].\n\n![chart](c.png)\n\n[1]: https://y.com", text: "Read the report and this." },
    { why: "soft-wrapped lines join into one paragraph", markdown: "One sentence\ncontinues here.\n\nNext paragraph.", text: "One sentence continues here.\n\nNext paragraph." },
    { why: "list items and quotes become blocks", markdown: "- first point\n- second point\n\n> quoted line\n> goes on", text: "first point\n\nsecond point\n\nquoted line goes on" },
    { why: "code spans and escapes are unwrapped", markdown: "Run `npm test` \\*now\\*.", text: "Run npm test *now*." },
    { why: "front matter and horizontal rules are dropped", markdown: "---\ntitle: x\n---\nBody.\n\n***\n\nMore.", text: "Body.\n\nMore." },
  ];
  it.each(rows)("$why", ({ markdown, text }) => {
    expect(stripMarkdown(markdown)).toBe(text);
  });
});
