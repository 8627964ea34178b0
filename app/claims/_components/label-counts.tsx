import { LabelChip } from "@/app/_components/label-chip";
import type { Label } from "@/lib/labels";

/** How outlets treat a claim: one chip per label with the number of outlets giving it. */
export function LabelCounts({ counts }: { counts: readonly { label: Label; count: number }[] }) {
  if (counts.length === 0) return <span className="text-stone-600">no outlet verdicts</span>;
  return (
    <ul className="flex flex-wrap gap-1" aria-label="Outlets per label">
      {counts.map(({ label, count }) => (
        <li key={label} className="inline-flex items-center gap-0.5">
          <LabelChip label={label} size="xs" title={`${count} ${count === 1 ? "outlet" : "outlets"}: ${label}`} />
          <span className="tabular-nums text-stone-800">
            <span aria-hidden="true">×</span>
            {count}
            <span className="sr-only">{count === 1 ? " outlet" : " outlets"}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}
