/**
 * Turns a DOM selection inside the reader into offsets of the article's rawText, using the
 * `.raw[data-o]` pieces render-reader-html.ts marks (chips, badges and popovers carry none and are
 * skipped). A boundary outside any piece snaps inwards to the nearest piece the range covers.
 */
export interface SelectedSpan {
  start: number;
  end: number;
  exact: string;
}

function pieceStart(piece: HTMLElement): number {
  return Number(piece.dataset.o);
}

function boundaryOffset(node: Node, offset: number): number | null {
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const piece = element?.closest<HTMLElement>(".raw[data-o]");
  if (!piece) return null;
  if (node.nodeType === Node.TEXT_NODE) return pieceStart(piece) + offset;
  return pieceStart(piece) + (offset === 0 ? 0 : (piece.textContent ?? "").length);
}

export function readSelectedSpan(container: HTMLElement, selection: Selection | null): SelectedSpan | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.commonAncestorContainer)) return null;
  const pieces = [...container.querySelectorAll<HTMLElement>(".raw[data-o]")].filter((piece) => range.intersectsNode(piece));
  const [first, last] = [pieces[0], pieces.at(-1)];
  if (!first || !last) return null;
  let start = boundaryOffset(range.startContainer, range.startOffset) ?? pieceStart(first);
  let end = boundaryOffset(range.endContainer, range.endOffset) ?? pieceStart(last) + (last.textContent ?? "").length;
  let exact = "";
  for (const piece of pieces) {
    const from = pieceStart(piece);
    const text = piece.textContent ?? "";
    exact += text.slice(Math.max(start, from) - from, Math.max(0, Math.min(end, from + text.length) - from));
  }
  // Selections usually catch a space or a line break at either end: trim them.
  const leading = exact.length - exact.trimStart().length;
  const trailing = exact.length - exact.trimEnd().length;
  exact = exact.trim();
  start += leading;
  end -= trailing;
  return exact && end > start ? { start, end, exact } : null;
}
