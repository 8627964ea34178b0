import { LABEL_STYLES, type Label } from "@/lib/labels";

/** A label as a chip: icon + word + colour, so it reads without colour too. */
export function LabelChip({ label, size = "sm", title }: { label: Label; size?: "xs" | "sm"; title?: string }) {
  const style = LABEL_STYLES[label];
  const padding = size === "xs" ? "px-1.5 py-0 text-[11px]" : "px-2 py-0.5 text-xs";
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border font-semibold ${padding} ${style.chip}`}
      title={title ?? style.description}
      data-label={label}
    >
      <span aria-hidden="true">{style.icon}</span>
      {label}
    </span>
  );
}
