"use client";
import { useActionState } from "react";
import { FormMessage } from "@/app/_components/form-message";
import { inputClass, labelClass, primaryButton } from "@/app/_components/form-styles";
import { signInAction } from "@/lib/server/actions/sign-in";

/** Email and password; works as a plain HTML form before the script loads. */
export function SignInForm({ next }: { next: string }) {
  const [state, action, isPending] = useActionState(signInAction, null);
  return (
    <form action={action} className="grid gap-3">
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="email" className={labelClass}>
          Email
        </label>
        <input key={state?.values?.email ?? ""} id="email" name="email" type="email" autoComplete="username" required defaultValue={state?.values?.email ?? ""} className={inputClass} />
      </div>
      <div>
        <label htmlFor="password" className={labelClass}>
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <FormMessage state={state} />
      <button type="submit" className={primaryButton} disabled={isPending}>
        {isPending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
