import { describeLocalAddress } from "./resolve-public-url";
import type { StoryExport } from "./story-export";

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

interface TextualBody {
  type: "TextualBody";
  purpose: "tagging" | "commenting";
  value: string;
  format?: "text/plain";
}

export interface WebAnnotation {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "assessing";
  created: string;
  modified?: string;
  generator: { id: string; type: "Software"; name: string };
  body: TextualBody[];
  target: {
    source: string;
    selector: [
      { type: "TextQuoteSelector"; exact: string; prefix: string; suffix: string },
      { type: "TextPositionSelector"; start: number; end: number },
    ];
  };
}

export interface AnnotationCollection {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "AnnotationCollection";
  label: string;
  /** Present only when the addresses are local: ids and sources point at this server, not a public site. */
  summary?: string;
  total: number;
  first: { id: string; type: "AnnotationPage"; startIndex: 0; items: WebAnnotation[] };
}

/**
 * The story's verdicts as a W3C Web Annotation collection (what Hypothesis reads): one
 * annotation per appearance of a claim in a derivative, targeting the article's URL with a
 * TextQuoteSelector (exact text plus stored context) and a TextPositionSelector (offsets into the
 * stored text), so it re-anchors after the text is re-imported. The label in force (the editor's
 * wins) is a tagging body; editor notes are commenting bodies.
 */
export function buildAnnotationCollection(data: StoryExport, options: { baseUrl: string; isLocal?: boolean }): AnnotationCollection {
  const baseUrl = options.baseUrl.replace(/\/+$/, "");
  const articles = new Map(data.articles.map((article) => [article.id, article]));
  const items: WebAnnotation[] = [];
  for (const claim of data.claims) {
    for (const appearance of claim.appearances) {
      const article = articles.get(appearance.articleId);
      if (!article || article.isReference) continue;
      const notes = [appearance.editorNote, ...appearance.notes].filter((note): note is string => Boolean(note));
      items.push({
        "@context": ANNOTATION_CONTEXT,
        id: `${baseUrl}/claims/${claim.id}#appearance-${appearance.id}`,
        type: "Annotation",
        motivation: "assessing",
        created: appearance.createdAt,
        ...(appearance.editedAt ? { modified: appearance.editedAt } : {}),
        generator: { id: baseUrl, type: "Software", name: "ClaimTrail" },
        body: [
          { type: "TextualBody", purpose: "tagging", value: appearance.label ?? "unlabelled" },
          ...notes.map((note): TextualBody => ({ type: "TextualBody", purpose: "commenting", value: note, format: "text/plain" })),
        ],
        target: {
          source: article.url ?? `${baseUrl}/articles/${article.id}`,
          selector: [
            { type: "TextQuoteSelector", exact: appearance.text, prefix: appearance.prefix, suffix: appearance.suffix },
            { type: "TextPositionSelector", start: appearance.start, end: appearance.end },
          ],
        },
      });
    }
  }
  const id = `${baseUrl}/api/stories/${data.story.slug}/export?format=annotations`;
  return {
    "@context": ANNOTATION_CONTEXT,
    id,
    type: "AnnotationCollection",
    label: data.story.title,
    ...(options.isLocal ? { summary: describeLocalAddress(baseUrl) } : {}),
    total: items.length,     first: { id: `${id}#page-1`, type: "AnnotationPage", startIndex: 0, items },
  };
}
