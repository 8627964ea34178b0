import Link from "next/link";

/** What requireRole's forbidden() renders, with status 403. */
export default function Forbidden() {
  return (
    <section aria-labelledby="forbidden-heading" className="mx-auto max-w-xl">
      <h1 id="forbidden-heading" className="mb-2 text-2xl font-semibold">
        403: not allowed
      </h1>
      <p className="text-stone-700">
        Your account cannot do this. Editors review and annotate; admins manage users. Ask an admin if you need more.{" "}
        <Link href="/" className="text-blue-800 underline">
          Back to the stories
        </Link>
      </p>
    </section>
  );
}
