import { type AlignIndex, type AlignUnit, buildAlignIndex } from "../align";
import type { CompareContext, SentenceView } from "../classify";
import { type Detail, extractDetails } from "../details/extract-details";
import { prepareArticle, type PreparedArticle } from "../prepare-article";
import type { FeatureContext, Sentence } from "../types";

/** A statement claim: one sentence of the reference body. */
export interface StatementClaim {
  id: string;
  sentence: Sentence;
  view: SentenceView;
  details: DetailClaim[];
}

/** An atomic detail inside a statement claim. */
export interface DetailClaim {
  id: string;
  parentId: string;
  detail: Detail;
}

/** Everything derived once from the reference and shared by every derivative's analysis. */
export interface ReferenceModel {
  prepared: PreparedArticle;
  featureContext: FeatureContext;
  statements: StatementClaim[];
  statementsById: Map<string, StatementClaim>;
  alignIndex: AlignIndex;
  compareContext: CompareContext;
  /** Keys of every detail anywhere in the reference: a derivative detail with one of them is not new. */
  detailKeys: Set<string>;
  /** The reference body lower-cased, to check whether a new name appears anywhere in it. */
  bodyLower: string;
  /** The whole reference page lower-cased, chrome and byline included: names on it are not new. */
  pageLower: string;
  /** The reference outlet's names lower-cased: never a new actor. */
  referenceOutletNamesLower: string[];
  /** Values of every figure in the reference: the same value in other words is not a new figure. */
  figureValues: Set<number>;
}

/**
 * Sentence kinds that carry claims. The headline is one: it states the story's main claim with
 * its sourcing ("…, sources say"), and republished copies often lack the lead that restates it.
 * Subheads only label sections.
 */
const CLAIM_KINDS = new Set<Sentence["kind"]>(["headline", "body", "bullet"]);

/**
 * Builds the reference's claims at two grains — statements (its body sentences) and the details
 * inside them — plus the alignment index every derivative sentence is matched against.
 */
export function buildReferenceModel(text: string, featureContext: FeatureContext): ReferenceModel {
  const prepared = prepareArticle(text, featureContext);
  const statements: StatementClaim[] = [];
  const views: SentenceView[] = [];
  const detailKeys = new Set<string>();
  const figureValues = new Set<number>();
  prepared.sentences.forEach((sentence, index) => {
    const features = prepared.features[index];
    if (!features) return;
    const view: SentenceView = { text, start: sentence.start, end: sentence.end, features };
    views.push(view);
    const details = extractDetails(text, features);
    for (const detail of details) {
      detailKeys.add(detail.key);
      if (detail.type === "figure" && detail.value !== null) figureValues.add(detail.value);
    }
    if (!CLAIM_KINDS.has(sentence.kind)) return;
    const id = `c${statements.length + 1}`;
    statements.push({
      id,
      sentence,
      view,
      details: details.map((detail, n) => ({ id: `${id}.d${n + 1}`, parentId: id, detail })),
    });
  });
  const units: AlignUnit[] = statements.map(({ id, sentence }) => ({ id, start: sentence.start, end: sentence.end, text: sentence.text }));
  return {
    prepared,
    featureContext,
    statements,
    statementsById: new Map(statements.map((statement) => [statement.id, statement])),
    alignIndex: buildAlignIndex(units),
    compareContext: {
      referenceOutletNames: featureContext.referenceOutletNames,
      referenceQuotes: views.flatMap((view) => view.features.quotes),
      referenceSentences: views,
    },
    detailKeys,
    bodyLower: prepared.sentences.map((sentence) => sentence.text).join("\n").toLowerCase(),
    pageLower: text.toLowerCase(),
    figureValues,
    referenceOutletNamesLower: featureContext.referenceOutletNames.map((name) => name.toLowerCase()),
  };
}
