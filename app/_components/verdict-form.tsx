"use client";
import { useEffect, useId, useState } from "react";
import { useFormAction } from "@/app/_components/use-form-action";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import { inputClass, labelClass, primaryButton } from "@/app/_components/form-styles";
import { LabelChip } from "@/app/_components/label-chip";
import { describeVerdictOption } from "@/app/_components/describe-verdict-option";
import type { Label } from "@/lib/labels";
import { setVerdictAction } from "@/lib/server/actions/set-verdict";
import { APPEARANCE_LABELS, MAX_NOTE_LENGTH } from "@/lib/validation/editor";

/**
 * An editor's verdict on one appearance: a label and a note (required when it changes the label
 * in force). The label in force and who set it are shown above the menu and on its option. Sends
 * the version the page was rendered with; a newer one on the server is a conflict.
 */
export function VerdictForm({
  appearanceId,
  version,
  machineLabel,
  label,
  editorName,
}: {
  appearanceId: string;
  version: number;
  machineLabel: Label | null;
  /** The editor's label, when an editor set or confirmed one. */
  label: Label | null;
  editorName?: string | null;
}) {
  const { state, isPending, formProps } = useFormAction(setVerdictAction);
  const id = useId();
  // Controlled: React resets uncontrolled fields after every action, which would lose a refused edit.
  const [choice, setChoice] = useState<Label>(label ?? machineLabel ?? "faithful");
  const [note, setNote] = useState("");
  useEffect(() => {
    if (state?.ok) setNote("");
  }, [state]);
  return (
    <form {...formProps} className="mt-2 grid gap-2 rounded-md border border-stone-300 bg-stone-50 p-3 sm:grid-cols-[12rem_1fr]" aria-label="Set the verdict">
      <input type="hidden" name="appearanceId" value={appearanceId} />
      <input type="hidden" name="version" value={version} />
      <div>
        <label htmlFor={`${id}-label`} className={labelClass}>
          Verdict
        </label>
        <InForce machineLabel={machineLabel} label={label} editorName={editorName} />
        <select id={`${id}-label`} name="label" value={choice} onChange={(event) => setChoice(event.target.value as Label)} className={inputClass}>
          {APPEARANCE_LABELS.map((option) => (
            <option key={option} value={option}>
              {option}
              {describeVerdictOption(option, { machineLabel, label, editorName })}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-note`} className={labelClass}>
          Note <span className="font-normal text-stone-600">(required when you change the label in force)</span>
        </label>
        <textarea
          id={`${id}-note`}
          name="note"
          rows={2}
          maxLength={MAX_NOTE_LENGTH}
          value={note}
          onChange={(event) => setNote(event.target.value)}
          className={inputClass}
          aria-describedby={`${id}-note-error`}
        />
        <FieldError state={state} name="note" id={`${id}-note-error`} />
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" className={primaryButton} disabled={isPending}>
          {isPending ? "Saving…" : "Save verdict"}
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}

/** "In force: ✓ faithful ✎, set by Ana" above the menu, in the colour of the label in force. */
function InForce({ machineLabel, label, editorName }: { machineLabel: Label | null; label: Label | null; editorName?: string | null }) {
  const inForce = label ?? machineLabel;
  if (!inForce) return null;
  return (
    <p className="mb-1 flex flex-wrap items-center gap-1 text-xs text-stone-700" data-testid="verdict-in-force">
      In force: <LabelChip label={inForce} size="xs" by={label ? "editor" : "machine"} />
      {label ? `${label === machineLabel ? "confirmed" : "set"} by ${editorName ?? "an editor"}` : "the machine’s, not reviewed"}
    </p>
  );
}
