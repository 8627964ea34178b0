import { LABEL_STYLES, type Label } from "@/lib/labels";

/**
 * A label as a chip: icon + word + colour, so it reads without colour too. Always the colour of
 * the label shown; `by="editor"` (an editor set or confirmed it) adds a pen mark and says so.
 */
export function LabelChip({ label, size = "sm", title, by }: { label: Label; size?: "xs" | "sm"; title?: string; by?: "editor" | "machine" }) {
  const style = LABEL_STYLES[label];
  const padding = size === "xs" ? "px-1.5 py-0 text-[11px]" : "px-2 py-0.5 text-xs";
  return (
    <span
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-full border font-semibold ${padding} ${style.chip}`}
      title={title ?? (by === "editor" ? `editor’s verdict: ${style.description}` : style.description)}
      data-label={label}
      data-by={by}
    >
      <span aria-hidden="true">{style.icon}</span>
      {label}
      {by === "editor" ? (
        <>
          <span aria-hidden="true">✎</span>
          <span className="sr-only"> (editor)</span>
        </>
      ) : null}
    </span>
  );
}
