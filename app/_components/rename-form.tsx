"use client";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import { inputClass, labelClass, secondaryButton } from "@/app/_components/form-styles";
import { useFormAction } from "@/app/_components/use-form-action";
import type { ActionState } from "@/lib/validation/action-state";

/**
 * "Rename": a title field prefilled with the current title, inside a disclosure so it takes one
 * line until opened (works without JavaScript: <details> and a plain form post).
 */
export function RenameForm({
  action,
  hidden,
  title,
  what,
  maxLength,
}: {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  title: string;
  /** "story" or "article", for the labels. */
  what: string;
  maxLength: number;
}) {
  const { state, isPending, formProps } = useFormAction(action);
  const fieldId = `rename-${what}-title`;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-blue-800 underline underline-offset-2">Rename this {what}</summary>
      <form {...formProps} className="mt-2 grid max-w-xl gap-2">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div>
          <label htmlFor={fieldId} className={labelClass}>
            New title of the {what}
          </label>
          <input id={fieldId} name="title" defaultValue={title} required maxLength={maxLength} className={inputClass} aria-describedby={`${fieldId}-error`} />
          <FieldError state={state} name="title" id={`${fieldId}-error`} />
        </div>
        <button type="submit" disabled={isPending} className={`${secondaryButton} w-fit`}>
          {isPending ? "Saving…" : `Rename ${what}`}
        </button>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
