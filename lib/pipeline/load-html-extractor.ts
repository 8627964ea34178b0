/**
 * extract-html-article.ts on first use. linkedom and Readability take ~120 ms of CPU to load
 * (`import("linkedom")` alone, measured on the 2-core machine), in every thread that imports
 * them: the CLIs' main threads and each of their analysis threads, where most stories are plain
 * text and never parse a page. Only an HTML page pays for them now, once per thread.
 */
export function loadHtmlExtractor(): Promise<typeof import("./extract-html-article")> {
  return import("./extract-html-article"); // the module loader keeps it after the first call
}
