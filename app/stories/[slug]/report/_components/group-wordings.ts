import type { ReportWording } from "@/lib/export/build-print-report";
import { describeVerdictSource, groupCarriers, type CarrierGroup } from "@/lib/export/group-carriers";

/**
 * Outlets named for one wording before the rest are counted: on paper, a wording carried by
 * several hundred outlets (a syndicated wire copy) would otherwise print a page of names.
 */
export const MAX_OUTLETS_NAMED = 12;

/**
 * Wordings that would print the same (sentence, wording, diff, who decided, reasons, notes) as
 * one entry naming each outlet, in the order their first carrier came.
 */
export function groupWordings(wordings: readonly ReportWording[]): CarrierGroup<ReportWording>[] {
  return groupCarriers(
    wordings,
    (wording) => {
      const { appearance } = wording;
      return JSON.stringify([wording.sentence, appearance.text, wording.diff, describeVerdictSource(appearance), appearance.reasons.map((reason) => reason.detail || reason.code), appearance.editorNote, appearance.notes]);
    },
    (wording) => wording.article.outlet.name,
  );
}
