import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS } from "@/lib/validation/story-export";
import { useExportFixture } from "@/lib/testing/seed-export-fixture";
import { applyNoteVisibility, getNoteAudience } from "./note-visibility";
import { renderStoryExport } from "./render-story-export";

const fixture = useExportFixture();
/** The fixture's Note row on the invented wording: newsroom discussion, not the verdict's note. */
const DISCUSSION = "Asked the blog for its source; no answer.";
/** How each format writes the verdict's note (CSV doubles quotes, JSON escapes them). */
const VERDICT_NOTE_START = "the \"diplomat\" quote".replace(/"/g, "");

describe("editors' notes in exports", () => {
  it.each(EXPORT_FORMATS)("%s: an anonymous reader gets the verdict's note but not the newsroom's further notes", (format) => {
    const data = applyNoteVisibility(fixture().data, getNoteAudience(null));
    const { body } = renderStoryExport(data, format, { baseUrl: "https://claims.example.org" });
    expect(body).not.toContain(DISCUSSION);
    expect(body.replace(/\\?"+/g, "")).toContain(VERDICT_NOTE_START);
  });

  it.each(EXPORT_FORMATS)("%s: a signed-in reader gets every note", (format) => {
    const data = applyNoteVisibility(fixture().data, getNoteAudience({ role: "viewer" }));
    const { body } = renderStoryExport(data, format, { baseUrl: "https://claims.example.org" });
    expect(body).toContain(DISCUSSION);
  });
});
