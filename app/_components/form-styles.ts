/** Shared Tailwind classes for the editors' forms. */
export const inputClass = "w-full rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm text-stone-900 placeholder:text-stone-500";
export const labelClass = "mb-1 block text-sm font-medium text-stone-800";
export const primaryButton = "rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700 disabled:opacity-60";
export const secondaryButton = "rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm font-medium text-stone-900 hover:bg-stone-100 disabled:opacity-60";
export const errorText = "text-sm text-red-800";
