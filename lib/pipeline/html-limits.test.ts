import { describe, expect, it } from "vitest";
import { HTML_LIMITS, measureHtml } from "./html-limits";

const P = "<p>The ministry said on Tuesday that the bridge would reopen in May.</p>";

describe("measureHtml", () => {
  const rows: { why: string; html: string; depth: number; elements: number; attributes: number }[] = [
    { why: "closed nesting counts each level once", html: "<div><div><p>x</p></div></div>", depth: 3, elements: 3, attributes: 0 },
    { why: "siblings are not nested", html: "<p>a</p><p>b</p><p>c</p>", depth: 1, elements: 3, attributes: 0 },
    { why: "an unclosed <p> or <li> is closed by the next one, as parsers do", html: "<ul><li>a<li>b<li>c</ul><p>x<p>y", depth: 2, elements: 6, attributes: 0 },
    { why: "void elements have no depth", html: "<div><br><img src=a.png alt='x'><hr/></div>", depth: 1, elements: 4, attributes: 2 },
    { why: "a close tag pops the elements left open inside it", html: "<div><b><i>x</div><div>y</div>", depth: 3, elements: 4, attributes: 0 },
    { why: "a stray close tag changes nothing", html: "</span><div>x</div>", depth: 1, elements: 1, attributes: 0 },
    { why: "tags inside scripts, styles and comments are text", html: "<script>'<div><div>'</script><!-- <div><div> --><style>a<b{}</style>", depth: 0, elements: 2, attributes: 0 },
    { why: "quoted values may hold > and spaces", html: `<a href="x>y" title='a b c' data-x=1 hidden>z</a>`, depth: 1, elements: 1, attributes: 4 },
    { why: "self-closing counts only in svg", html: "<svg><path d='M0'/><path d='M1'/></svg>", depth: 1, elements: 3, attributes: 2 },
    { why: "a lone < is text", html: "<p>1 < 2 and 3 <= 4</p>", depth: 1, elements: 1, attributes: 0 },
  ];
  it.each(rows)("$why", ({ html, depth, elements, attributes }) => {
    const { measure, exceeded } = measureHtml(html);
    expect(exceeded).toBeNull();
    expect(measure).toEqual({ depth, elements, attributes });
  });

  const hostile: { why: string; html: string; limit: string }[] = [
    { why: "2,000 nested divs", html: `${"<div>".repeat(2000)}${P}${"</div>".repeat(2000)}`, limit: "maxDepth" },
    { why: "unclosed <b><i><u>", html: "<b><i><u>".repeat(100_000), limit: "maxDepth" },
    { why: "too many elements", html: "<span>x</span>".repeat(HTML_LIMITS.maxElements + 1), limit: "maxElements" },
    { why: "400,000 attributes on one element", html: `<div ${Array.from({ length: 400_000 }, (_, i) => `a${i}=1`).join(" ")}>${P}</div>`, limit: "maxAttributes" },
  ];
  it.each(hostile)("refuses $why", ({ html, limit }) => {
    const { exceeded } = measureHtml(html);
    expect(exceeded?.limit).toBe(limit);
    expect(exceeded?.message).toMatch(/too complex to read/);
  });
});
