import { cleanArticle } from "./clean";
import { creditContinuedQuotes, extractFeatures } from "./features";
import { detectLanguage, type DetectedLanguage } from "./language";
import { segmentSentences } from "./segment";
import type { CleanResult, FeatureContext, Sentence, SentenceFeatures } from "./types";

/** An article after the per-article stages: clean → segment → language → features. */
export interface PreparedArticle {
  /** The text exactly as read; every offset below indexes into it. */
  text: string;
  clean: CleanResult;
  sentences: Sentence[];
  /** `features[i]` belongs to `sentences[i]`; empty when the article is not English. */
  features: SentenceFeatures[];
  language: DetectedLanguage;
}

/**
 * Runs the per-article stages. Features are only extracted for English text: the detectors'
 * lexicons are English, and a non-English article is reported with a warning instead of labels.
 */
export function prepareArticle(text: string, ctx: FeatureContext): PreparedArticle {
  const clean = cleanArticle(text);
  const sentences = segmentSentences(text, clean.body, clean.title);
  const language = detectLanguage(bodySample(text, sentences));
  const features = language.isEnglish
    ? sentences.map((sentence, index) => extractFeatures(text, sentence.start, sentence.end, ctx, sentences[index + 1]))
    : [];
  creditContinuedQuotes(text, sentences, features);
  return { text, clean, sentences, features, language };
}

/** Language detection reads article sentences, not page chrome (menus are often English). */
const LANGUAGE_SAMPLE_CHARS = 2000; // franc is reliable well before 2,000 characters; more only costs time
function bodySample(text: string, sentences: Sentence[]): string {
  let sample = "";
  for (const sentence of sentences) {
    if (sample.length >= LANGUAGE_SAMPLE_CHARS) break;
    sample += `${sentence.text} `;
  }
  return sample || text.slice(0, LANGUAGE_SAMPLE_CHARS);
}
