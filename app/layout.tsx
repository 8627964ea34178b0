import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { SiteHeader } from "./_components/site-header";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "ClaimTrail", template: "%s · ClaimTrail" },
  icons: { icon: "/favicon.svg" },
  description: "Trace how one news report is retold: which outlets kept, softened, hardened or invented what.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-stone-50 font-sans text-stone-900 antialiased">
        <a
          href="#main"
          className="sr-only z-50 rounded-md bg-white px-3 py-2 font-medium text-blue-800 underline shadow focus:not-sr-only focus:absolute focus:top-2 focus:left-2"
        >
          Skip to content
        </a>
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6 outline-none sm:py-8">
          {children}
        </main>
      </body>
    </html>
  );
}
