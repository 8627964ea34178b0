import { LABEL_STYLES, LABELS } from "@/lib/labels";
import { LabelChip } from "./label-chip";

/** The legend every labelled view carries: each chip with what it means. */
export function LabelLegend({ labels = LABELS }: { labels?: readonly (keyof typeof LABEL_STYLES)[] }) {
  return (
    <details className="rounded-lg border border-stone-200 bg-white px-3 py-2 text-sm">
      <summary className="cursor-pointer font-medium text-stone-800">Legend: what the labels mean</summary>
      <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
        {labels.map((label) => (
          <div key={label} className="contents">
            <dt>
              <LabelChip label={label} />
            </dt>
            <dd className="text-stone-700">{LABEL_STYLES[label].description}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
