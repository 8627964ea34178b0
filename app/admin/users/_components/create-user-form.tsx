"use client";
import { useActionState, useEffect, useRef } from "react";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import { inputClass, labelClass, primaryButton } from "@/app/_components/form-styles";
import { ROLES } from "@/lib/auth/roles";
import { createUserAction } from "@/lib/server/actions/create-user";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/user";

export function CreateUserForm() {
  const [state, action, isPending] = useActionState(createUserAction, null);
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) form.current?.reset();
  }, [state]);
  return (
    <form ref={form} action={action} className="grid max-w-2xl gap-3 sm:grid-cols-2" aria-label="New account">
      <div>
        <label htmlFor="new-email" className={labelClass}>
          Email
        </label>
        <input id="new-email" name="email" type="email" required autoComplete="off" className={inputClass} aria-describedby="new-email-error" />
        <FieldError state={state} name="email" id="new-email-error" />
      </div>
      <div>
        <label htmlFor="new-name" className={labelClass}>
          Name
        </label>
        <input id="new-name" name="name" type="text" autoComplete="off" className={inputClass} />
      </div>
      <div>
        <label htmlFor="new-role" className={labelClass}>
          Role
        </label>
        <select id="new-role" name="role" defaultValue="viewer" className={inputClass}>
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {role}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="new-password" className={labelClass}>
          Initial password (at least {MIN_PASSWORD_LENGTH} characters)
        </label>
        <input id="new-password" name="password" type="password" required minLength={MIN_PASSWORD_LENGTH} autoComplete="new-password" className={inputClass} aria-describedby="new-password-error" />
        <FieldError state={state} name="password" id="new-password-error" />
      </div>
      <div className="flex items-center gap-3 sm:col-span-2">
        <button type="submit" className={primaryButton} disabled={isPending}>
          Create account
        </button>
        <FormMessage state={state} />
      </div>
    </form>
  );
}
