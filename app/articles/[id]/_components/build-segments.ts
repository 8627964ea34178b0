/** A piece of the article's raw text as the reader lays it out. */
export type Segment<S> =
  | { type: "text"; text: string; start: number }
  | { type: "sentence"; sentence: S; text: string; start: number }
  | { type: "chrome"; text: string; start: number; end: number; reasons: string[]; lineCount: number };

interface Span {
  start: number;
  end: number;
}

/**
 * Cuts `rawText` into sentences, runs of excluded page chrome and the text between them, in text
 * order, so that concatenating every segment's text gives back `rawText` (apart from whitespace
 * dropped next to chrome, which the reader shows as a block of its own). Excluded spans separated
 * only by whitespace are merged into one run; spans overlapping a sentence are clipped (the
 * sentence wins), so malformed offsets never duplicate or lose article text. Every segment knows
 * where its text starts in `rawText` (the editors' span selection maps the DOM back to offsets).
 */
export function buildSegments<S extends Span>(rawText: string, sentences: readonly S[], excluded: readonly (Span & { reason: string })[]): Segment<S>[] {
  type Item = { kind: "sentence"; start: number; end: number; sentence: S } | { kind: "chrome"; start: number; end: number; reason: string };
  const items: Item[] = [
    ...sentences.map((sentence) => ({ kind: "sentence" as const, start: sentence.start, end: sentence.end, sentence })),
    ...excluded.map((span) => ({ kind: "chrome" as const, start: span.start, end: span.end, reason: span.reason })),
  ].sort((a, b) => a.start - b.start || (a.kind === "sentence" ? -1 : 1));

  const segments: Segment<S>[] = [];
  let cursor = 0;
  const pushText = (end: number) => {
    if (end > cursor) segments.push({ type: "text", text: rawText.slice(cursor, end), start: cursor });
    cursor = Math.max(cursor, end);
  };
  for (const [position, item] of items.entries()) {
    const start = Math.max(item.start, cursor);
    if (item.kind === "sentence") {
      pushText(start);
      const end = Math.min(Math.max(item.end, start), rawText.length);
      segments.push({ type: "sentence", sentence: item.sentence, text: rawText.slice(start, end), start });
      cursor = end;
      continue;
    }
    const nextSentence = items.slice(position + 1).find((next) => next.kind === "sentence");
    const end = Math.min(item.end, nextSentence?.start ?? rawText.length, rawText.length);
    if (end <= start) continue;
    const previous = segments.at(-1);
    const gap = rawText.slice(cursor, start);
    if (previous?.type === "chrome" && gap.trim() === "") {
      previous.text = rawText.slice(previous.start, end);
      previous.end = end;
      if (!previous.reasons.includes(item.reason)) previous.reasons.push(item.reason);
    } else {
      pushText(start);
      segments.push({ type: "chrome", text: rawText.slice(start, end), start, end, reasons: [item.reason], lineCount: 0 });
    }
    cursor = end;
  }
  pushText(rawText.length);

  // A chrome run is rendered as a block; whitespace-only text beside it would add blank lines.
  return segments.flatMap((segment, index): Segment<S>[] => {
    if (segment.type === "chrome") return [{ ...segment, lineCount: countLines(segment.text) }];
    if (segment.type === "text" && segment.text.trim() === "" && (segments[index - 1]?.type === "chrome" || segments[index + 1]?.type === "chrome")) return [];
    return [segment];
  });
}

function countLines(text: string): number {
  return text.split("\n").filter((line) => line.trim() !== "").length;
}
