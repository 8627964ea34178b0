/** What a form's server action returns (useActionState): null before the first submit. */
export type ActionState = {
  ok: boolean;
  message: string;
  fieldErrors?: Record<string, string[] | undefined>;
  /** The appearance's version after a successful verdict save, for the next save. */
  version?: number;
  /** 404 / 409 / 422 / 429 like HTTP, for clients that branch on it. */
  status?: number;
  /** Fields the form shows again after a refusal (the sign-in form keeps the typed email). */
  values?: Record<string, string>;
} | null;

/** A form field's value as a string ("" when absent or a file). */
export function readField(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
}
