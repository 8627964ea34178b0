"use client";
import { startTransition, useActionState, type FormEvent } from "react";
import type { ActionState } from "@/lib/validation/action-state";

/**
 * useActionState for forms that must keep what was typed when the server refuses it (a missing
 * note, a conflict): React resets a form after every `action` submit, and its reset loses even
 * controlled <select> values. With JavaScript the submit is intercepted and dispatched without the
 * reset; without it, `action` still posts the form as plain HTML (progressive enhancement).
 */
export function useFormAction<State = ActionState>(serverAction: (previous: State | null, form: FormData) => Promise<State | null>) {
  const [state, dispatch, isPending] = useActionState(serverAction, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  };
  return { state, isPending, formProps: { action: dispatch, onSubmit } };
}
