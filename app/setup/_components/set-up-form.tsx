"use client";
import { useActionState } from "react";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import { inputClass, labelClass, primaryButton } from "@/app/_components/form-styles";
import { setUpAdminAction } from "@/lib/server/actions/set-up-admin";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/user";

export function SetUpForm() {
  const [state, action, isPending] = useActionState(setUpAdminAction, null);
  const field = (name: string, label: string, type: string, autoComplete: string, extra: { minLength?: number; required?: boolean } = { required: true }) => (
    <div>
      <label htmlFor={`setup-${name}`} className={labelClass}>
        {label}
      </label>
      <input id={`setup-${name}`} name={name} type={type} autoComplete={autoComplete} className={inputClass} aria-describedby={`setup-${name}-error`} {...extra} />
      <FieldError state={state} name={name} id={`setup-${name}-error`} />
    </div>
  );
  return (
    <form action={action} className="grid gap-3">
      {field("email", "Email", "email", "username")}
      {field("name", "Name (shown beside your verdicts and notes)", "text", "name", { required: false })}
      {field("password", `Password (at least ${MIN_PASSWORD_LENGTH} characters)`, "password", "new-password", { required: true, minLength: MIN_PASSWORD_LENGTH })}
      {field("confirm", "Password again", "password", "new-password", { required: true, minLength: MIN_PASSWORD_LENGTH })}
      <FormMessage state={state} />
      <button type="submit" className={primaryButton} disabled={isPending}>
        Create the admin account
      </button>
    </form>
  );
}
