import type { DetailType } from "@/lib/analysis";
import type { ChangeAspect } from "./types";

/** What a detail of each kind is called in a sentence ("a quote removed"). */
const DETAIL_NOUNS: Record<DetailType, string> = {
  figure: "a figure",
  time: "a time frame",
  sourcing: "an attribution",
  quote: "a quote",
  actor: "a named actor",
  place: "a place",
  condition: "a condition",
};

/** One plain-English line for a change aspect: "a quote removed: “…”", "softened → faithful". */
export function describeAspect(aspect: ChangeAspect): string {
  switch (aspect.type) {
    case "label":
      return aspect.from === "omitted" ? `now carried (${aspect.to})` : aspect.to === "omitted" ? `no longer carried (was ${aspect.from})` : `${aspect.from} → ${aspect.to}`;
    case "reason-gained":
      return `${aspect.detail} [${aspect.code}]`;
    case "reason-lost":
      return `no longer: ${aspect.detail} [${aspect.code}]`;
    case "detail-added":
      return `${nounOf(aspect.detailType)} added: “${aspect.text}”`;
    case "detail-dropped":
      return `${nounOf(aspect.detailType)} removed: “${aspect.text}”`;
    case "detail-relabelled":
      return `${nounOf(aspect.detailType)} “${aspect.text}”: ${aspect.from} → ${aspect.to}`;
  }
}

function nounOf(type: DetailType | null): string {
  const noun = type ? DETAIL_NOUNS[type] : "a detail";
  return noun.charAt(0).toUpperCase() + noun.slice(1);
}
