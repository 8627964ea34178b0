/**
 * What the whole reference says, indexed once per story: its quotations, the words of each
 * sentence, every number and name it contains, and the statements of ignorance it makes. The
 * detectors ask "does the reference carry this anywhere?" without rescanning it per call.
 */
import type { QuoteMention } from "../types";
import { describeSource, type SourceKey } from "./compare-sources";
import { toQuoteWords, MAX_SENTENCE_WORDS } from "./quote-words";
import { getSentenceWords, isInside, toKeys } from "./sentence-words";
import { getKeyedEntities, indexNames, type NameIndex } from "./name-match";
import type { CompareContext, SentenceView } from "./types";

/** A reference quotation ready for comparison. */
export interface IndexedQuote {
  mention: QuoteMention;
  words: string[];
  wordSet: ReadonlySet<string>;
  speaker: SourceKey | null;
  /** The speaker as written (also when inherited from the quotation this one continues). */
  speakerText: string | null;
}

/** A reference sentence ready for "is this quote a paraphrase of it?" checks. */
export interface IndexedSentence {
  view: SentenceView;
  words: string[];
  wordSet: ReadonlySet<string>;
}

/** A reference sentence that says something is not known. */
export interface UnknownStatement {
  /** Position among ctx.referenceSentences. */
  index: number;
  /** Content keys after the statement of ignorance ("which other countries … were *contacted*"). */
  afterKeys: ReadonlySet<string>;
  /** Name keys that the reference mentions only here, after the statement of ignorance. */
  candidateNames: string[];
}

/** The reference indexed for one story. */
export interface ReferenceIndex {
  quotes: IndexedQuote[];
  sentences: IndexedSentence[];
  /** Every content key of the reference body. */
  content: ReadonlySet<string>;
  /** Content key → positions (in `sentences`, ascending) of the sentences containing it. */
  sentencesByContentKey: ReadonlyMap<string, readonly number[]>;
  /** Every non-year number value in the reference body. */
  numberValues: ReadonlySet<number>;
  /** Every year in the reference body. */
  years: ReadonlySet<number>;
  /** Keys of every word of every named entity in the reference body. */
  nameKeys: NameIndex;
  unknowns: UnknownStatement[];
  /** Position of each reference sentence view, by its start offset. */
  positionByStart: ReadonlyMap<number, number>;
  /** Keys of the reference outlet's names ("reuter"). */
  outletKeys: ReadonlySet<string>;
}

const cache = new WeakMap<CompareContext, ReferenceIndex>();

/** The index of ctx's reference, built on first use and cached per context object. */
export function getReferenceIndex(ctx: CompareContext): ReferenceIndex {
  const cached = cache.get(ctx);
  if (cached) return cached;
  const index = buildReferenceIndex(ctx);
  cache.set(ctx, index);
  return index;
}

function buildReferenceIndex(ctx: CompareContext): ReferenceIndex {
  const quotes = ctx.referenceQuotes.map((mention) => {
    const words = toQuoteWords(mention.text);
    const speaker =
      mention.speaker ?? findContinuedSpeaker(ctx.referenceSentences, mention);
    const kind =
      mention.speaker === null
        ? findContinuedKind(ctx.referenceSentences, mention)
        : mention.speakerKind;
    return {
      mention,
      words,
      wordSet: new Set(words),
      speaker: speaker === null ? null : describeSource(speaker, kind),
      speakerText: speaker,
    };
  });
  const content = new Set<string>();
  const sentencesByContentKey = new Map<string, number[]>();
  const numberValues = new Set<number>();
  const years = new Set<number>();
  const nameKeys = new Set<string>();
  const positionByStart = new Map<number, number>();
  const sentences: IndexedSentence[] = [];
  ctx.referenceSentences.forEach((view, position) => {
    positionByStart.set(view.start, position);
    const words = toQuoteWords(
      view.text.slice(view.start, view.end),
      MAX_SENTENCE_WORDS,
    );
    sentences.push({ view, words, wordSet: new Set(words) });
    for (const key of getSentenceWords(view).content) {
      content.add(key);
      const list = sentencesByContentKey.get(key);
      if (list) list.push(position);
      else sentencesByContentKey.set(key, [position]);
    }
    for (const number of view.features.numbers) {
      if (number.value === null) continue;
      (number.isYear ? years : numberValues).add(number.value);
    }
    for (const entity of getKeyedEntities(view))
      for (const key of entity.keys) nameKeys.add(key);
  });
  const outletKeys = new Set(
    ctx.referenceOutletNames.flatMap((name) => toKeys(name)),
  );
  return {
    quotes,
    sentences,
    content,
    sentencesByContentKey,
    numberValues,
    years,
    nameKeys: indexNames(nameKeys),
    unknowns: findUnknownStatements(ctx.referenceSentences),
    positionByStart,
    outletKeys,
  };
}

// Only quotation marks and spaces may come before a quotation that continues the last speaker.
const OPENING_ONLY_RE = /^[\s“"‘']*$/;

/** The quotation that `mention` continues: the last one of the sentence before, when `mention` opens its sentence uncredited. */
function findContinuedQuote(
  views: readonly SentenceView[],
  mention: QuoteMention,
): QuoteMention | null {
  const position = views.findIndex(
    (view) => mention.start >= view.start && mention.end <= view.end,
  );
  const view = views[position];
  const previous = views[position - 1];
  if (!view || !previous || view.features.attributions.length > 0) return null;
  if (!OPENING_ONLY_RE.test(view.text.slice(view.start, mention.start)))
    return null;
  const quotes = previous.features.quotes;
  return quotes[quotes.length - 1] ?? null;
}

/**
 * A quotation continued in the next sentence keeps its speaker: "“…,” Trump told reporters.
 * “And it's pretty close.”" The features credit only the first part.
 */
function findContinuedSpeaker(
  views: readonly SentenceView[],
  mention: QuoteMention,
): string | null {
  return findContinuedQuote(views, mention)?.speaker ?? null;
}

function findContinuedKind(
  views: readonly SentenceView[],
  mention: QuoteMention,
): QuoteMention["speakerKind"] {
  return findContinuedQuote(views, mention)?.speakerKind ?? null;
}

function findUnknownStatements(
  views: readonly SentenceView[],
): UnknownStatement[] {
  const known = new Set<string>();
  const raw: { index: number; afterKeys: Set<string>; names: string[] }[] = [];
  views.forEach((view, index) => {
    const first = view.features.unknowns[0];
    const entities = getKeyedEntities(view);
    if (!first) {
      for (const entity of entities)
        for (const key of entity.keys) known.add(key);
      return;
    }
    const afterKeys = new Set<string>();
    for (const word of getSentenceWords(view).words) {
      if (
        word.start >= first.end &&
        !word.isStop &&
        !word.isWeak &&
        !isInside(entities, word.start, word.end)
      )
        afterKeys.add(word.norm);
    }
    const names: string[] = [];
    for (const entity of entities) {
      if (entity.start >= first.end) names.push(...entity.keys);
      else for (const key of entity.keys) known.add(key);
    }
    raw.push({ index, afterKeys, names });
  });
  return raw.map(({ index, afterKeys, names }) => ({
    index,
    afterKeys,
    candidateNames: names.filter((key) => !known.has(key)),
  }));
}

/** Positions of the aligned reference views among ctx.referenceSentences (unknown ones left out). */
export function findPositions(
  index: ReferenceIndex,
  ref: readonly SentenceView[],
): number[] {
  const positions: number[] = [];
  for (const view of ref) {
    const position = index.positionByStart.get(view.start);
    if (position !== undefined) positions.push(position);
  }
  return positions;
}
