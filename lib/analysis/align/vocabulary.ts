/**
 * The reference vocabulary for alignment: which keys are content terms, which are names, which
 * spellings are variants of one term, and which name words only ever appear inside a longer name.
 */

import type { AlignUnit } from "./align-types";
import { listTermVariants } from "./term-variants";
import type { Token } from "../text/tokenize";

/**
 * A unit whose capitalised words exceed this share of its content words is in title case (a
 * headline): its capitals say nothing about names, so they do not mark entities.
 */
const TITLE_CASE_SHARE = 0.6;

/** True when the token is the whole of a hyphenated compound (its parts follow inside its span). */
export function isCompoundWhole(tokens: readonly Token[], k: number): boolean {
  const next = tokens[k + 1];
  const token = tokens[k];
  return next !== undefined && token !== undefined && next.start < token.end;
}

/** Characters after which a capital is expected anyway: sentence ends, quote marks, brackets, dashes. */
const OPENERS = ".!?:;\"“‘'([—–•";

function isSpaceCode(code: number): boolean {
  return (
    code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0
  );
}

/**
 * True when the word at `tokenStart` reads as a name or number: it has a digit, or it starts
 * with a capital and does not open the span, a sentence, a quote or a list item (where any word
 * is capitalised).
 */
export function isEntityLike(
  text: string,
  tokenStart: number,
  spanStart: number,
): boolean {
  const first = text.charCodeAt(tokenStart);
  if (first >= 48 && first <= 57) return true;
  const isUpper =
    first < 128
      ? first >= 65 && first <= 90
      : (text[tokenStart] ?? "") !== (text[tokenStart] ?? "").toLowerCase();
  if (!isUpper) return false;
  let i = tokenStart - 1;
  while (i >= spanStart && isSpaceCode(text.charCodeAt(i))) i--;
  return i >= spanStart && !OPENERS.includes(text[i] ?? ".");
}

function isTitleCase(text: string, tokens: readonly Token[]): boolean {
  let content = 0;
  let capitalised = 0;
  for (const t of tokens) {
    if (t.isStop) continue;
    content++;
    const ch = text[t.start] ?? "";
    if (ch !== ch.toLowerCase()) capitalised++;
  }
  return content >= 3 && capitalised / content > TITLE_CASE_SHARE;
}

/** Term ids and per-term flags, built once from the reference units. */
export interface Vocabulary {
  /** Every content key of the reference, and every variant of one (see listTermVariants) → term id. */
  termIds: Map<string, number>;
  /** Term id → the key that names it (the first spelling met). */
  termNorms: string[];
  termIsWeak: Uint8Array;
  isEntityTerm: Uint8Array;
}

/**
 * Assign term ids to the reference's content keys. Keys that are variants of each other
 * ("asia"/"asian", "clear"/"unclear") share one id; variants the reference never uses become
 * aliases, so a derivative's "Asian" finds the reference's "Asia".
 */
export function buildVocabulary(
  units: readonly AlignUnit[],
  unitTokens: readonly Token[][],
): Vocabulary {
  const keys = new Map<string, { isWeak: boolean; isEntity: boolean }>();
  unitTokens.forEach((tokens, u) => {
    const text = units[u]?.text ?? "";
    const isHeadline = isTitleCase(text, tokens);
    for (const t of tokens) {
      if (t.isStop) continue;
      const isEntity =
        /^\d/.test(t.norm) || (!isHeadline && isEntityLike(text, t.start, 0));
      const seen = keys.get(t.norm);
      if (seen === undefined) keys.set(t.norm, { isWeak: t.isWeak, isEntity });
      else seen.isEntity ||= isEntity;
    }
  });

  // Union-find over keys joined by a variant relation, so "asia" ~ "asian" ~ (any third form).
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== undefined && parent.get(root) !== root)
      root = parent.get(root) ?? root;
    parent.set(k, root);
    return root;
  };
  for (const k of keys.keys()) parent.set(k, k);
  for (const [k, info] of keys) {
    for (const v of listTermVariants(k, info.isEntity)) {
      if (!keys.has(v)) continue;
      const [a, b] = [find(k), find(v)];
      if (a !== b) parent.set(b, a); // first-met key stays the root: deterministic
    }
  }

  const termIds = new Map<string, number>();
  const termNorms: string[] = [];
  const weak: boolean[] = [];
  const entity: boolean[] = [];
  for (const [k, info] of keys) {
    const root = find(k);
    let id = termIds.get(root);
    if (id === undefined) {
      id = termNorms.length;
      termIds.set(root, id);
      termNorms.push(root);
      weak.push(info.isWeak);
      entity.push(info.isEntity);
    }
    termIds.set(k, id);
    entity[id] ||= info.isEntity;
  }
  // Aliases last, never overriding a real key: the first term to claim a variant keeps it.
  for (const [k, info] of keys) {
    const id = termIds.get(k);
    if (id === undefined) continue;
    for (const v of listTermVariants(k, info.isEntity))
      if (!termIds.has(v)) termIds.set(v, id);
  }
  return {
    termIds,
    termNorms,
    termIsWeak: Uint8Array.from(weak, (b) => (b ? 1 : 0)),
    isEntityTerm: Uint8Array.from(entity, (b) => (b ? 1 : 0)),
  };
}

/**
 * Name words that never appear without the same neighbouring name word: "Ilham" (always before
 * "Aliyev"), "White" (always before "House"), "Saudi" (always before "Arabia"). A multi-word
 * name is one piece of evidence, so all but one of its words are weighted down; otherwise a
 * sentence that merely names "Azerbaijani President Ilham Aliyev" looks like four shared facts.
 */
export function findBoundNameTerms(
  units: readonly AlignUnit[],
  unitTokens: readonly Token[][],
  termIds: ReadonlyMap<string, number>,
  isEntityTerm: Uint8Array,
): Set<number> {
  const NONE = -1;
  const MIXED = -2;
  const next = new Map<number, number>();
  const prev = new Map<number, number>();
  const merge = (
    map: Map<number, number>,
    id: number,
    neighbour: number,
  ): void => {
    const seen = map.get(id);
    map.set(id, seen === undefined || seen === neighbour ? neighbour : MIXED);
  };
  unitTokens.forEach((tokens, u) => {
    const text = units[u]?.text ?? "";
    const words = tokens.filter((_, k) => !isCompoundWhole(tokens, k));
    const nameIds = words.map((t) => {
      const id = t.isStop ? undefined : termIds.get(t.norm);
      return id !== undefined && isEntityTerm[id] === 1 ? id : NONE;
    });
    // Two name words belong to one name only when nothing but spaces separates them ("Ilham Aliyev", not "Kazakhstan, Uzbekistan").
    const isJoined = words.map((t, k) => {
      const after = words[k + 1];
      return (
        after !== undefined && /^\s+$/.test(text.slice(t.end, after.start))
      );
    });
    nameIds.forEach((id, k) => {
      if (id === NONE) return;
      merge(next, id, isJoined[k] === true ? (nameIds[k + 1] ?? NONE) : NONE);
      merge(
        prev,
        id,
        isJoined[k - 1] === true ? (nameIds[k - 1] ?? NONE) : NONE,
      );
    });
  });
  const bound = new Set<number>();
  for (const [id, after] of next) if (after >= 0 && after !== id) bound.add(id);
  for (const [id, before] of prev)
    if (before >= 0 && before !== id && !bound.has(before)) bound.add(id);
  return bound;
}
