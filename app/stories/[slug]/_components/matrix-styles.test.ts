import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { LABEL_STYLES, LABELS } from "@/lib/labels";

// The matrix styles its cells from CSS (to keep 50-outlet pages small) instead of rendering
// LabelChip; this keeps its colours and icons in step with lib/labels.ts.
const css = readFileSync(path.join(import.meta.dirname, "provenance-matrix.module.css"), "utf8");

describe("provenance matrix cell styles", () => {
  it.each(LABELS)("%s uses the label's chip colours and icon", (label) => {
    const rule = css.match(new RegExp(`\\[data-label="${label}"\\] \\{([^}]*)\\}`))?.[1] ?? "";
    expect(rule, `a rule for ${label}`).not.toBe("");
    expect(rule).toContain(`--icon: "${LABEL_STYLES[label].icon}"`);
    expect(rule).toContain(`@apply ${LABEL_STYLES[label].chip};`);
  });
});
