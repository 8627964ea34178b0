/**
 * Markdown → plain article text: headings, emphasis, links, images, code and quote markers are
 * stripped, soft-wrapped lines are joined, and blocks (paragraphs, headings, list items, quotes)
 * are separated by blank lines. Not a full CommonMark parser: it covers what articles use.
 */
export function stripMarkdown(markdown: string): string {
  const lines = markdown.replace(/\r\n?/g, "\n").replace(/^---\n[\s\S]*?\n---\n/, "").split("\n");
  const blocks: string[] = [];
  let paragraph: string[] = [];
  let fence: string | null = null;
  const flush = () => {
    const text = paragraph.join(" ").replace(/\s+/g, " ").trim();
    if (text) blocks.push(text);
    paragraph = [];
  };
  for (const line of lines) {
    const fenceMatch = /^\s*(```|~~~)/.exec(line);
    if (fenceMatch) {
      flush();
      fence = fence === null ? (fenceMatch[1] ?? null) : null;
      continue;
    }
    if (fence !== null) {
      // Code keeps its lines; each line is its own block so nothing is joined across them.
      if (line.trim()) blocks.push(line.trim());
      continue;
    }
    if (/^\s*$/.test(line) || /^\s*([-*_])(\s*\1){2,}\s*$/.test(line) || /^\s*\[[^\]]+\]:\s*\S+/.test(line)) {
      flush(); // blank line, horizontal rule or link reference definition
      continue;
    }
    if (/^\s*(=+|-+)\s*$/.test(line) && paragraph.length > 0) {
      flush(); // setext heading underline: the paragraph above is the heading
      continue;
    }
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    const listItem = /^\s*(?:[-*+]|\d{1,9}[.)])\s+(.*)$/.exec(line);
    if (heading || listItem) {
      flush();
      paragraph.push(stripInline((heading ?? listItem)?.[1] ?? ""));
      flush();
      continue;
    }
    paragraph.push(stripInline(line.replace(/^\s*(>\s?)+/, "")));
  }
  flush();
  return blocks.join("\n\n");
}

/** Escaped characters are parked in the Private Use Area (U+E000 + code) while markup is removed. */
const ESCAPE_BASE = 0xe000;

function stripInline(text: string): string {
  return text
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/g, (_, char: string) => String.fromCharCode(ESCAPE_BASE + char.charCodeAt(0)))
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, "") // images: the alt text is not article prose
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1") // [text](url)
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1") // [text][ref]
    .replace(/<(https?:[^>]+)>/g, "$1") // autolinks
    .replace(/<\/?[a-z][^>]*>/gi, "") // inline HTML tags
    .replace(/`([^`]+)`/g, "$1")
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, "$2")
    .replace(/(\*|_)(?=\S)(.+?)(?<=\S)\1/g, (match, marker: string, inner: string, offset: number, whole: string) =>
      // snake_case words keep their underscores: `_` emphasis needs a non-word character outside it.
      marker === "_" && (/\w/.test(whole[offset - 1] ?? "") || /\w/.test(whole[offset + match.length] ?? "")) ? match : inner,
    )
    .replace(/~~(.+?)~~/g, "$1")
    .replace(/[\ue000-\ue07f]/g, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPE_BASE)); // escaped characters back
}
