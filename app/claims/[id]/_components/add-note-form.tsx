"use client";
import { useEffect, useId, useState } from "react";
import { useFormAction } from "@/app/_components/use-form-action";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import { inputClass, labelClass, secondaryButton } from "@/app/_components/form-styles";
import { addNoteAction } from "@/lib/server/actions/add-note";
import { MAX_NOTE_LENGTH } from "@/lib/validation/editor";

/** A note on the claim (or on one appearance of it). */
export function AddNoteForm({ claimId, appearanceId, label = "Add a note" }: { claimId?: string; appearanceId?: string; label?: string }) {
  const { state, isPending, formProps } = useFormAction(addNoteAction);
  const id = useId();
  // Controlled: React resets uncontrolled fields after each action, losing a refused note.
  const [body, setBody] = useState("");
  useEffect(() => {
    if (state?.ok) setBody("");
  }, [state]);
  return (
    <form {...formProps} className="grid gap-2">
      {claimId ? <input type="hidden" name="claimId" value={claimId} /> : null}
      {appearanceId ? <input type="hidden" name="appearanceId" value={appearanceId} /> : null}
      <label htmlFor={`${id}-body`} className={labelClass}>
        {label}
      </label>
      <textarea
        id={`${id}-body`}
        name="body"
        rows={2}
        required
        maxLength={MAX_NOTE_LENGTH}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        className={inputClass}
        aria-describedby={`${id}-error`}
      />
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
