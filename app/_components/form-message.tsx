import type { ActionState } from "@/lib/validation/action-state";

/** The result of a form's last submit, announced to screen readers. */
export function FormMessage({ state }: { state: ActionState }) {
  if (!state) return <p role="status" className="sr-only" />;
  return (
    <p role={state.ok ? "status" : "alert"} className={`text-sm ${state.ok ? "text-emerald-900" : "font-medium text-red-800"}`}>
      {state.message}
    </p>
  );
}

/** The errors zod found in one field. */
export function FieldError({ state, name, id }: { state: ActionState; name: string; id: string }) {
  const errors = state?.fieldErrors?.[name];
  return errors && errors.length > 0 ? (
    <p id={id} className="mt-1 text-sm text-red-800">
      {errors.join(" ")}
    </p>
  ) : null;
}
