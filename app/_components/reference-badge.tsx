/** Marks the story's origin report; text, not colour alone, carries the meaning. */
export function ReferenceBadge() {
  return (
    <span className="inline-flex items-center gap-1 rounded-full border border-amber-700 bg-amber-50 px-2 py-0.5 text-xs font-semibold text-amber-900">
      <span aria-hidden="true">★</span> Reference
    </span>
  );
}
