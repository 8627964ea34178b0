"use client";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { secondaryButton } from "@/app/_components/form-styles";
import { ROLES, type Role } from "@/lib/auth/roles";
import { resetPasswordAction } from "@/lib/server/actions/reset-password";
import { updateUserAction } from "@/lib/server/actions/update-user";

/** Change a user's role; disable or re-enable the account (accounts are never deleted). */
export function UserRowActions({ userId, email, role, isDisabled }: { userId: string; email: string; role: Role; isDisabled: boolean }) {
  const [state, action, isPending] = useActionState(updateUserAction, null);
  const [resetState, resetAction, isResetting] = useActionState(resetPasswordAction, null);
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={action} className="flex items-center gap-2">
        <input type="hidden" name="userId" value={userId} />
        <label className="sr-only" htmlFor={`role-${userId}`}>
          Role of {email}
        </label>
        <select id={`role-${userId}`} name="role" defaultValue={role} className="rounded-md border border-stone-400 bg-white px-2 py-1 text-sm">
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {option}
            </option>
          ))}
        </select>
        <button type="submit" className={secondaryButton} disabled={isPending}>
          Save role
        </button>
      </form>
      <form action={action}>
        <input type="hidden" name="userId" value={userId} />
        <input type="hidden" name="isDisabled" value={isDisabled ? "false" : "true"} />
        <button type="submit" className={secondaryButton} disabled={isPending}>
          {isDisabled ? "Re-enable" : "Disable"}
        </button>
      </form>
      <form action={resetAction}>
        <input type="hidden" name="userId" value={userId} />
        <button type="submit" className={secondaryButton} disabled={isResetting} aria-label={`Reset the password of ${email}`}>
          Reset password
        </button>
      </form>
      <FormMessage state={state} />
      <FormMessage state={resetState} />
      {resetState?.values?.temporaryPassword ? (
        <output className="font-mono text-sm" data-testid="temporary-password">
          {resetState.values.temporaryPassword}
        </output>
      ) : null}
    </div>
  );
}
