"use client";
import { useActionState } from "react";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import type { ActionState } from "@/lib/validation/action-state";

/**
 * "Delete" for admins, in two steps that work without JavaScript: open the disclosure, tick the box
 * that says what goes, then press the button (the server refuses the form without the box). What
 * was deleted is kept in the audit log.
 */
export function DeleteForm({
  action,
  hidden,
  what,
  consequences,
}: {
  action: (previous: ActionState, form: FormData) => Promise<ActionState>;
  hidden: Record<string, string>;
  /** "story" or "article". */
  what: string;
  /** What goes with it, in words, for the confirmation box. */
  consequences: string;
}) {
  const [state, formAction, isPending] = useActionState(action, null);
  const boxId = `delete-${what}-confirm`;
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-red-800 underline underline-offset-2">Delete this {what}…</summary>
      <form action={formAction} className="mt-2 grid max-w-xl gap-2 rounded-md border border-red-300 bg-red-50 p-3">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <p className="flex items-start gap-2">
          <input id={boxId} type="checkbox" name="confirm" value="yes" required className="mt-1" aria-describedby={`${boxId}-error`} />
          <label htmlFor={boxId}>
            Yes, delete this {what}: {consequences}. What is deleted is kept in the audit log.
          </label>
        </p>
        <FieldError state={state} name="confirm" id={`${boxId}-error`} />
        <button type="submit" disabled={isPending} className="w-fit rounded-md bg-red-800 px-3 py-1.5 text-sm font-medium text-white hover:bg-red-700 disabled:opacity-60">
          {isPending ? "Deleting…" : `Delete ${what}`}
        </button>
        <FormMessage state={state} />
      </form>
    </details>
  );
}
