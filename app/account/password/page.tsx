import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/auth/get-current-user";
import { nextPathSchema } from "@/lib/validation/user";
import { ChangePasswordForm } from "./_components/change-password-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Change your password" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** A signed-in user's own password; the one page a user with a reset password may open. */
export default async function ChangePasswordPage({ searchParams }: Props) {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=%2Faccount%2Fpassword");
  const next = nextPathSchema.parse((await searchParams).next ?? "/");
  return (
    <section aria-labelledby="password-heading" className="max-w-md">
      <h1 id="password-heading" className="mb-2 text-2xl font-semibold">
        Change your password
      </h1>
      {user.mustChangePassword ? (
        <p role="alert" className="mb-4 rounded-md border border-amber-400 bg-amber-50 p-3 text-sm text-amber-950">
          An admin reset your password. Choose your own before you go on: enter the temporary password as the current one.
        </p>
      ) : (
        <p className="mb-4 text-sm text-stone-700">Your other sessions (other browsers, API tokens) are signed out when you change it; this one stays.</p>
      )}
      <ChangePasswordForm next={next} email={user.email} />
    </section>
  );
}
