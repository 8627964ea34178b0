import Link from "next/link";

export default function NotFound() {
  return (
    <section className="py-16 text-center">
      <h1 className="mb-2 text-2xl font-semibold">Not found</h1>
      <p className="mb-6 text-stone-600">There is no story or article at this address.</p>
      <Link href="/" className="text-blue-800 underline">Back to the stories</Link>
    </section>
  );
}
