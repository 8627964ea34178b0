import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getCurrentUser } from "@/lib/server/auth/require-role";
import { countUsers } from "@/lib/server/queries/count-users";
import { nextPathSchema } from "@/lib/validation/user";
import { SignInForm } from "./_components/sign-in-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const next = nextPathSchema.parse((await searchParams).next ?? "/");
  if (await getCurrentUser()) redirect(next);
  if ((await countUsers()) === 0) redirect("/setup");
  return (
    <section aria-labelledby="sign-in-heading" className="mx-auto max-w-sm">
      <h1 id="sign-in-heading" className="mb-2 text-2xl font-semibold">
        Sign in
      </h1>
      <p className="mb-4 text-sm text-stone-700">Editors sign in to review verdicts, annotate articles and write notes. Ask an admin for an account.</p>
      <SignInForm next={next} />
    </section>
  );
}
