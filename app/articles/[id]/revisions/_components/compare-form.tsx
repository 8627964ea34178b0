/** Choose two revisions to compare: a plain GET form, so it works without JavaScript. */
export function CompareForm({ articleId, numbers, from, to, includeTrivial }: { articleId: string; numbers: number[]; from: number; to: number; includeTrivial: boolean }) {
  const select = (name: "from" | "to", value: number, label: string) => (
    <label className="flex items-center gap-1.5">
      {label}
      <select name={name} defaultValue={String(value)} className="rounded border border-stone-400 bg-white px-2 py-1">
        {numbers.map((number) => (
          <option key={number} value={number}>
            Revision {number}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form method="get" action={`/articles/${articleId}/revisions`} className="flex flex-wrap items-center gap-3 text-sm" aria-label="Compare revisions">
      {select("from", from, "Compare")}
      {select("to", to, "with")}
      <label className="flex items-center gap-1.5">
        <input type="checkbox" name="trivial" value="1" defaultChecked={includeTrivial} />
        Include trivial edits
      </label>
      <button type="submit" className="rounded bg-stone-800 px-3 py-1 font-semibold text-white">
        Compare
      </button>
    </form>
  );
}
