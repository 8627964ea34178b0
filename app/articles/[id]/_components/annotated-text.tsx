import type { ReaderArticle } from "@/lib/server/queries/get-article-reader";
import { renderReaderHtml } from "./render-reader-html";

/** The annotated article text (see render-reader-html.ts for why it is one HTML string). */
export function AnnotatedText({ article }: { article: ReaderArticle }) {
  return (
    <div
      data-testid="raw-text"
      className="reader-text rounded-lg border border-stone-200 bg-white p-4 font-serif text-[1.0625rem] leading-[1.9] break-words whitespace-pre-wrap sm:p-6"
      dangerouslySetInnerHTML={{ __html: renderReaderHtml(article) }}
    />
  );
}
