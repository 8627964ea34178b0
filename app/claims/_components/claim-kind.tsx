/** What kind of claim it is, in words: statement, a detail of one (with its type), or new material. */
export function ClaimKind({ kind, detailType, isNew }: { kind: "statement" | "detail"; detailType: string | null; isNew: boolean }) {
  const text = isNew ? `New ${detailType ?? "material"}` : kind === "statement" ? "Statement" : `Detail · ${detailType ?? "other"}`;
  const style = isNew ? "border-red-700 bg-red-50 text-red-900" : kind === "statement" ? "border-stone-500 bg-stone-100 text-stone-800" : "border-stone-400 bg-white text-stone-700";
  return <span className={`inline-block rounded border px-1.5 py-0 text-[11px] font-semibold uppercase tracking-wide ${style}`}>{text}</span>;
}
