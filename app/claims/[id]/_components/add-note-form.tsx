"use client";
import { useActionState, useId, useRef, useEffect } from "react";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import { inputClass, labelClass, secondaryButton } from "@/app/_components/form-styles";
import { addNoteAction } from "@/lib/server/actions/add-note";
import { MAX_NOTE_LENGTH } from "@/lib/validation/editor";

/** A note on the claim (or on one appearance of it). */
export function AddNoteForm({ claimId, appearanceId, label = "Add a note" }: { claimId?: string; appearanceId?: string; label?: string }) {
  const [state, action, isPending] = useActionState(addNoteAction, null);
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={action} className="grid gap-2">
      {claimId ? <input type="hidden" name="claimId" value={claimId} /> : null}
      {appearanceId ? <input type="hidden" name="appearanceId" value={appearanceId} /> : null}
      <label htmlFor={`${id}-body`} className={labelClass}>
        {label}
      </label>
      <textarea id={`${id}-body`} name="body" rows={2} required maxLength={MAX_NOTE_LENGTH} className={inputClass} aria-describedby={`${id}-error`} />
      <FieldError state={state} name="body" id={`${id}-error`} />
      <div className="flex items-center gap-3">
        <button type="submit" className={secondaryButton} disabled={isPending}>
          Add note
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
