"use client";
import { useId, useState } from "react";
import { useFormAction } from "@/app/_components/use-form-action";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import { inputClass, labelClass, secondaryButton } from "@/app/_components/form-styles";
import { editClaimAction } from "@/lib/server/actions/edit-claim";

/** Rewording a claim an editor created (the old wording stays in the history). */
export function EditClaimForm({ claimId, text }: { claimId: string; text: string }) {
  const { state, isPending, formProps } = useFormAction(editClaimAction);
  const id = useId();
  const [value, setValue] = useState(text);
  return (
    <details className="mb-4 max-w-4xl">
      <summary className="cursor-pointer text-sm font-medium text-blue-800">Reword this claim</summary>
      <form {...formProps} className="mt-2 grid gap-2">
        <input type="hidden" name="claimId" value={claimId} />
        <label htmlFor={`${id}-text`} className={labelClass}>
          Claim wording
        </label>
        <textarea id={`${id}-text`} name="text" rows={2} required value={value} onChange={(event) => setValue(event.target.value)} className={inputClass} aria-describedby={`${id}-error`} />
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
