"use client";

/** The last resort when even the layout fails: a plain page that says so, never an empty body. */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main>
          <h1>ClaimTrail could not show this page</h1>
          <p>The server failed to prepare it; try again in a moment.{error.digest ? ` Reference: ${error.digest}` : ""}</p>
          <p>
            <a href="/">ClaimTrail home</a>
          </p>
        </main>
      </body>
    </html>
  );
}
