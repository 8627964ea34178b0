import { describe, expect, it } from "vitest";
import { HtmlLimitError } from "./html-limits";
import { extractHtmlInWorker, INLINE_ANALYSIS_MAX_CHARS, INLINE_EXTRACT_MAX_CHARS, runStoryAnalysis } from "./worker-pool";

const PARAGRAPH = "The ministry said on Tuesday that the bridge would reopen in May after repairs costing four million euros.";

describe("worker pool", () => {
  // Pages over INLINE_EXTRACT_MAX_CHARS, so they go to a worker.
  const padding = `<!-- ${"x".repeat(INLINE_EXTRACT_MAX_CHARS)} -->`;
  it("extracts a page on a worker thread", async () => {
    expect((await extractHtmlInWorker(`${padding}<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>`))?.text).toBe(`${PARAGRAPH}\n\n${PARAGRAPH}`);
  }, 30_000);

  it("refuses a page past the HTML limits with the same error as on the main thread", async () => {
    await expect(extractHtmlInWorker(`${padding}${"<div>".repeat(5_000)}`)).rejects.toBeInstanceOf(HtmlLimitError);
  }, 30_000);

  it("keeps the event loop free while it works: timers still fire during a long analysis", async () => {
    const reference = { id: "ref", outletName: "Reuters", text: `${PARAGRAPH} The minister said the work was on schedule. `.repeat(40) };
    const derivatives = Array.from({ length: 60 }, (_, i) => ({ id: `d${i}`, text: `${PARAGRAPH.replace("four", String(i + 2))} Officials said the work may be delayed. `.repeat(20) }));
    const progress: number[] = [];
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    expect(reference.text.length + derivatives.reduce((sum, d) => sum + d.text.length, 0)).toBeGreaterThan(INLINE_ANALYSIS_MAX_CHARS);
    const result = await runStoryAnalysis({ reference, previous: [], derivatives }, (done) => progress.push(done));
    clearInterval(timer);
    expect(result.articles).toHaveLength(60);
    expect(result.reference.sentences.length).toBeGreaterThan(0);
    expect(progress.length).toBeGreaterThan(0);
    expect(ticks).toBeGreaterThan(0);
  }, 60_000);
});
