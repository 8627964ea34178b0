/**
 * Bounds on the HTML a page may have before it is parsed. linkedom's parse and Readability's
 * scoring both grow faster than the input with nesting depth (measured here: Readability takes
 * 0.12 s at 100 levels, 1.7 s at 500, 83 s at 2,000; linkedom alone 19 s for 100,000 levels), so
 * the page is measured first by one linear scan and refused when it passes any limit.
 */
export interface HtmlLimits {
  /** Deepest nesting of elements. News pages nest 20–60 deep; Readability stays under ~0.2 s at 128. */
  maxDepth: number;
  /** Elements in the page. A long article page has 2,000–10,000; 30,000 parse and score in under a second. */
  maxElements: number;
  /** Attributes in the page (about 3 per element on real pages); 400,000 on one element took 29 s and 1.27 GB. */
  maxAttributes: number;
}

export const HTML_LIMITS: HtmlLimits = { maxDepth: 128, maxElements: 30_000, maxAttributes: 90_000 };

export interface HtmlMeasure {
  depth: number;
  elements: number;
  attributes: number;
}

/** A page refused before parsing: which limit it passed, in words a person can act on. */
export class HtmlLimitError extends Error {
  constructor(
    readonly limit: keyof HtmlLimits,
    readonly value: number,
    readonly max: number,
  ) {
    const what = { maxDepth: "elements nested more than", maxElements: "more than", maxAttributes: "more than" }[limit];
    const unit = { maxDepth: "levels deep", maxElements: "elements", maxAttributes: "attributes" }[limit];
    super(`is too complex to read: ${what} ${max.toLocaleString("en")} ${unit} (the limit for a web page; save the article's own text or a simpler copy of the page)`);
    this.name = "HtmlLimitError";
  }
}

/** Elements that never have content or a closing tag. */
const VOID_TAGS = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
/** Elements whose content is text up to their own closing tag (a `<` inside them is not a tag). */
const RAW_TEXT_TAGS = new Set(["script", "style", "textarea", "title", "xmp", "noscript", "iframe", "noembed", "noframes", "plaintext"]);
/**
 * Elements a parser closes when the same one starts again (`<p>one<p>two`, `<li>a<li>b`): they are
 * siblings, not nested, so they must not count as depth.
 */
const SELF_SIBLING_TAGS = new Set(["p", "li", "dt", "dd", "option", "tr", "td", "th", "thead", "tbody", "tfoot"]);

/**
 * Measures `html` in one pass without building a tree, stopping as soon as a limit is passed
 * (the returned figures are then lower bounds). Close tags pop back to the element they name, as
 * parsers do; a stray close tag is ignored. Linear in the input, plus at most `maxDepth` per close tag.
 */
export function measureHtml(html: string, limits: HtmlLimits = HTML_LIMITS): { measure: HtmlMeasure; exceeded: HtmlLimitError | null } {
  const stack: string[] = [];
  const measure: HtmlMeasure = { depth: 0, elements: 0, attributes: 0 };
  let foreign = 0; // inside <svg> or <math>, where `/>` really closes an element
  let index = 0;
  const length = html.length;
  while (index < length) {
    const open = html.indexOf("<", index);
    if (open === -1) break;
    const next = html.charCodeAt(open + 1);
    if (html.startsWith("<!--", open)) {
      const end = html.indexOf("-->", open + 4);
      index = end === -1 ? length : end + 3;
      continue;
    }
    if (next === 33 /* ! */ || next === 63 /* ? */) {
      const end = html.indexOf(">", open + 2);
      index = end === -1 ? length : end + 1;
      continue;
    }
    const isClose = next === 47; /* / */
    let cursor = open + (isClose ? 2 : 1);
    const nameStart = cursor;
    while (cursor < length && isNameChar(html.charCodeAt(cursor))) cursor += 1;
    if (cursor === nameStart) {
      index = open + 1; // "<" not followed by a tag name is text
      continue;
    }
    const name = html.slice(nameStart, cursor).toLowerCase();
    // Attributes up to the closing ">": a name, then optionally "=" and a value (quoted values may hold ">").
    let attributes = 0;
    let isSelfClosing = false;
    while (cursor < length) {
      const code = html.charCodeAt(cursor);
      if (code === 62 /* > */) break;
      if (isSpace(code)) {
        cursor += 1;
      } else if (code === 47 /* / */) {
        isSelfClosing = html.charCodeAt(cursor + 1) === 62;
        cursor += 1;
      } else if (code === 61 /* = */) {
        cursor += 1;
        while (cursor < length && isSpace(html.charCodeAt(cursor))) cursor += 1;
        const quote = html.charCodeAt(cursor);
        if (quote === 34 || quote === 39) {
          const end = html.indexOf(quote === 34 ? '"' : "'", cursor + 1);
          cursor = end === -1 ? length : end + 1;
        } else {
          while (cursor < length && !isSpace(html.charCodeAt(cursor)) && html.charCodeAt(cursor) !== 62) cursor += 1;
        }
      } else {
        attributes += 1;
        while (cursor < length) {
          const c = html.charCodeAt(cursor);
          if (isSpace(c) || c === 61 || c === 62 || c === 47) break;
          cursor += 1;
        }
      }
    }
    index = cursor + 1;
    if (isClose) {
      const at = stack.lastIndexOf(name);
      if (at !== -1) {
        for (let i = at; i < stack.length; i += 1) if (stack[i] === "svg" || stack[i] === "math") foreign -= 1;
        stack.length = at;
      }
      continue;
    }
    measure.elements += 1;
    measure.attributes += attributes;
    if (measure.elements > limits.maxElements) return { measure, exceeded: new HtmlLimitError("maxElements", measure.elements, limits.maxElements) };
    if (measure.attributes > limits.maxAttributes) return { measure, exceeded: new HtmlLimitError("maxAttributes", measure.attributes, limits.maxAttributes) };
    if (RAW_TEXT_TAGS.has(name)) {
      const closing = new RegExp(`</${name}`, "ig");
      closing.lastIndex = index;
      index = closing.exec(html)?.index ?? length;
      continue;
    }
    if (VOID_TAGS.has(name) || (isSelfClosing && foreign > 0)) continue;
    if (SELF_SIBLING_TAGS.has(name) && stack[stack.length - 1] === name) stack.pop();
    stack.push(name);
    if (name === "svg" || name === "math") foreign += 1;
    measure.depth = Math.max(measure.depth, stack.length);
    if (stack.length > limits.maxDepth) return { measure, exceeded: new HtmlLimitError("maxDepth", stack.length, limits.maxDepth) };
  }
  return { measure, exceeded: null };
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

function isNameChar(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 45 || code === 58 || code === 95;
}
