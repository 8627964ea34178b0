import { describe, expect, it } from "vitest";
import { LABEL_STYLES, LABELS } from "./labels";

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => {
    const channel = parseInt(hex.slice(at, at + 2), 16) / 255;
    return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

describe("label chart fills", () => {
  it.each(LABELS)("%s is at least 3:1 against white (WCAG non-text contrast)", (label) => {
    expect(contrast(LABEL_STYLES[label].fill, "#ffffff")).toBeGreaterThanOrEqual(3);
  });

  it("tells added from omitted by lightness, not hue alone (both are greys)", () => {
    expect(contrast(LABEL_STYLES.added.fill, LABEL_STYLES.omitted.fill)).toBeGreaterThanOrEqual(2.5);
  });

  it("computes contrast as WCAG does", () => {
    expect(contrast("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrast("#777777", "#ffffff")).toBeCloseTo(4.48, 1);
  });
});
