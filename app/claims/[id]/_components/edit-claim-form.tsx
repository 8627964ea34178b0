"use client";
import { useActionState, useId } from "react";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import { inputClass, labelClass, secondaryButton } from "@/app/_components/form-styles";
import { editClaimAction } from "@/lib/server/actions/edit-claim";

/** Rewording a claim an editor created (the old wording stays in the history). */
export function EditClaimForm({ claimId, text }: { claimId: string; text: string }) {
  const [state, action, isPending] = useActionState(editClaimAction, null);
  const id = useId();
  return (
    <details className="mb-4 max-w-4xl">
      <summary className="cursor-pointer text-sm font-medium text-blue-800">Reword this claim</summary>
      <form action={action} className="mt-2 grid gap-2">
        <input type="hidden" name="claimId" value={claimId} />
        <label htmlFor={`${id}-text`} className={labelClass}>
          Claim wording
        </label>
        <textarea id={`${id}-text`} name="text" rows={2} required defaultValue={text} className={inputClass} aria-describedby={`${id}-error`} />
        <FieldError state={state} name="text" id={`${id}-error`} />
        <div className="flex items-center gap-3">
          <button type="submit" className={secondaryButton} disabled={isPending}>
            Save wording
          </button>
          <FormMessage state={state} />
        </div>
      </form>
    </details>
  );
}
