import type { Metadata } from "next";
import Link from "next/link";
import { countUsers } from "@/lib/server/queries/count-users";
import { SetUpForm } from "./_components/set-up-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "First run" };

/**
 * A fresh install has no account: whoever opens this page first creates the admin (as with most
 * self-hosted tools; `npm run user:create -- --role admin` does it from a shell instead). Once an
 * account exists the page only points to sign-in.
 */
export default async function SetUpPage() {
  const isOpen = (await countUsers()) === 0;
  return (
    <section aria-labelledby="setup-heading" className="mx-auto max-w-sm">
      <h1 id="setup-heading" className="mb-2 text-2xl font-semibold">
        Set up ClaimTrail
      </h1>
      {isOpen ? (
        <>
          <p className="mb-4 text-sm text-stone-700">No account exists yet. Create the first admin: they can then add editors and viewers.</p>
          <SetUpForm />
        </>
      ) : (
        <p className="text-stone-700">
          ClaimTrail is set up.{" "}
          <Link href="/sign-in" className="text-blue-800 underline">
            Sign in
          </Link>
          .
        </p>
      )}
    </section>
  );
}
