"use client";

/**
 * Any page that fails to render shows this instead of an empty 500: what happened and what to do.
 * The cause stays in the server log (Next sends only a digest to the browser in production).
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <section aria-labelledby="error-heading" className="mx-auto max-w-xl">
      <h1 id="error-heading" className="mb-2 text-2xl font-semibold">
        This page could not be shown
      </h1>
      <p className="mb-4 text-stone-700">
        The server failed to prepare it. Nothing you entered was half-saved: a change is either written whole or not at all. If the server is busy or its disk is full, it
        recovers by itself once the cause is gone.
      </p>
      {error.digest ? <p className="mb-4 text-sm text-stone-600">Reference for the administrator: {error.digest}</p> : null}
      <button type="button" onClick={reset} className="rounded border border-stone-400 px-3 py-1">
        Try again
      </button>
    </section>
  );
}
