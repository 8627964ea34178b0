import { describe, expect, it } from "vitest";
import { useExportFixture, TRICKY_NOTE } from "@/lib/testing/seed-export-fixture";
import { CSV_COLUMNS, formatCsvField, formatStoryCsv, neutralizeFormula } from "./format-story-csv";

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; throws on anything else. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"' && field === "") {
      i += 1;
      for (;;) {
        if (i >= text.length) throw new Error("unterminated quoted field");
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
      if (i < text.length && text[i] !== "," && text[i] !== "\r") throw new Error(`text after a closing quote at ${i}`);
    } else if (text[i] === ",") {
      row.push(field);
      field = "";
      i += 1;
    } else if (text[i] === "\r" && text[i + 1] === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
      i += 2;
    } else {
      if (text[i] === '"' || text[i] === "\n" || text[i] === "\r") throw new Error(`bare ${JSON.stringify(text[i])} in an unquoted field at ${i}`);
      field += text[i];
      i += 1;
    }
  }
  if (field !== "" || row.length > 0) throw new Error("the last record does not end with CRLF");
  return rows;
}

const fixture = useExportFixture();

describe("formatCsvField", () => {
  it.each([
    ["plain", "plain"],
    ["a, b", '"a, b"'],
    ['say "no"', '"say ""no"""'],
    ["two\nlines", '"two\nlines"'],
    ["cr\rhere", '"cr\rhere"'],
  ])("%j → %j", (value, field) => {
    expect(formatCsvField(value)).toBe(field);
  });
});

describe("neutralizeFormula", () => {
  it.each([
    ["a formula", "=HYPERLINK(\"http://evil.example\")", "'=HYPERLINK(\"http://evil.example\")"],
    ["a plus sign", "+1 555 0100", "'+1 555 0100"],
    ["a minus sign", "-2+3", "'-2+3"],
    ["an at sign", "@SUM(A1)", "'@SUM(A1)"],
    ["a leading tab", "\tcmd", "'\tcmd"],
    ["ordinary text", "Officials said 5 died.", "Officials said 5 died."],
    ["a sign later in the text", "x = 5", "x = 5"],
  ])("%s", (_why, value, expected) => {
    expect(neutralizeFormula(value)).toBe(expected);
  });
});

describe("formatStoryCsv", () => {
  it("parses back to one row per derivative appearance, fields intact", async () => {
    const { data } = fixture();
    const rows = parseCsv(formatStoryCsv(data));
    const [header, ...records] = rows;
    expect(header).toEqual([...CSV_COLUMNS]);
    const reference = data.articles.find((article) => article.isReference)!;
    const appearances = data.claims.flatMap((claim) => claim.appearances.filter((appearance) => appearance.articleId !== reference.id));
    expect(records).toHaveLength(appearances.length);
    for (const record of records) expect(record).toHaveLength(CSV_COLUMNS.length);

    const column = (record: string[], name: (typeof CSV_COLUMNS)[number]) => record[CSV_COLUMNS.indexOf(name)]!;
    // The invented verdict with a note full of commas, quotes and a line break round-trips exactly.
    const inventedAppearance = appearances.find((appearance) => appearance.id === fixture().invented)!;
    const invented = records.find((record) => column(record, "note").startsWith(TRICKY_NOTE))!;
    expect(invented).toBeDefined();
    expect(column(invented, "note")).toBe(`${TRICKY_NOTE}\nAsked the blog for its source; no answer.`);
    expect(column(invented, "wording")).toBe(inventedAppearance.text);
    expect([column(invented, "label"), column(invented, "editor_label"), column(invented, "reviewed")]).toEqual(["invented", "invented", "yes"]);
    expect(column(invented, "outlet")).toBe("The Levant Files");
    expect(column(invented, "article_url")).toMatch(/^https:\/\/www\.thelevantfiles\.org\//);
    // The editor's faithful override wins; the machine's softened stays beside it.
    const faithful = records.find((record) => column(record, "note") === "Same meaning in context.")!;
    expect([column(faithful, "label"), column(faithful, "machine_label"), column(faithful, "editor_label")]).toEqual(["faithful", "softened", "faithful"]);

    // Offsets slice the wording out of the stored article text.
    const texts = new Map((await fixture().testDb.db.article.findMany({ select: { url: true, rawText: true } })).map((article) => [article.url, article.rawText]));
    for (const record of records) {
      const text = texts.get(column(record, "article_url"))!;
      expect(text.slice(Number(column(record, "start")), Number(column(record, "end")))).toBe(column(record, "wording"));
    }
    expect(records.some((record) => column(record, "reasons").includes(": "))).toBe(true);
  });
});
