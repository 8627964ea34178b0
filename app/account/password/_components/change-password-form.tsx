"use client";
import { useActionState } from "react";
import { FieldError, FormMessage } from "@/app/_components/form-message";
import { inputClass, labelClass, primaryButton } from "@/app/_components/form-styles";
import { changePasswordAction } from "@/lib/server/actions/change-password";
import { MIN_PASSWORD_LENGTH } from "@/lib/validation/user";

/** Current password, new one twice; works as a plain form before the script loads. */
export function ChangePasswordForm({ next, email }: { next: string; email: string }) {
  const [state, action, isPending] = useActionState(changePasswordAction, null);
  return (
    <form action={action} className="grid gap-3" aria-label="Change your password">
      <input type="hidden" name="next" value={next} />
      {/* For password managers: whose password this is. */}
      <input type="hidden" name="username" autoComplete="username" value={email} />
      <div>
        <label htmlFor="current-password" className={labelClass}>
          Current password
        </label>
        <input id="current-password" name="currentPassword" type="password" autoComplete="current-password" required className={inputClass} aria-describedby="current-password-error" />
        <FieldError state={state} name="currentPassword" id="current-password-error" />
      </div>
      <div>
        <label htmlFor="new-password" className={labelClass}>
          New password
        </label>
        <input id="new-password" name="newPassword" type="password" autoComplete="new-password" required minLength={MIN_PASSWORD_LENGTH} className={inputClass} aria-describedby="new-password-hint new-password-error" />
        <p id="new-password-hint" className="mt-1 text-xs text-stone-600">
          At least {MIN_PASSWORD_LENGTH} characters and hard to guess: a few uncommon words work well.
        </p>
        <FieldError state={state} name="newPassword" id="new-password-error" />
      </div>
      <div>
        <label htmlFor="confirm-password" className={labelClass}>
          New password again
        </label>
        <input id="confirm-password" name="confirmPassword" type="password" autoComplete="new-password" required className={inputClass} aria-describedby="confirm-password-error" />
        <FieldError state={state} name="confirmPassword" id="confirm-password-error" />
      </div>
      <FormMessage state={state} />
      <button type="submit" className={primaryButton} disabled={isPending}>
        {isPending ? "Changing…" : "Change password"}
      </button>
    </form>
  );
}
