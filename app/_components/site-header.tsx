import Link from "next/link";
import { hasRole, type Role } from "@/lib/auth/roles";
import { signOutAction } from "@/lib/server/actions/sign-out";
import { getCurrentUser } from "@/lib/server/auth/require-role";

/** The main sections, each shown to everyone (role null) or from that role up. */
const NAV_LINKS: { href: string; label: string; role: Role | null }[] = [
  { href: "/", label: "Stories", role: null },
  { href: "/claims", label: "Claims", role: null },
  { href: "/review", label: "Review", role: "editor" },
  { href: "/stories/new", label: "New story", role: "editor" },
  { href: "/admin/users", label: "Users", role: "admin" },
  { href: "/admin/audit", label: "Audit log", role: "admin" },
];

const navLink = "rounded px-1 py-0.5 text-sm font-medium text-stone-700 underline-offset-4 hover:text-stone-950 hover:underline";

/**
 * Product name, the main sections, a claims search that is a plain GET form (works without JS),
 * and who is signed in. Anonymous visitors get the same header whatever they send (the page cache
 * relies on it): only the session cookie changes it.
 */
export async function SiteHeader() {
  const user = await getCurrentUser();
  return (
    <header className="border-b border-stone-200 bg-white">
      {/* On a phone two rows (about 90 px): name, sections (scrolling sideways if they must) and the
          account on the first, the search box on the second. From sm up, one row. */}
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 sm:gap-x-6 sm:py-3">
        <Link href="/" className="order-1 flex shrink-0 items-center gap-2 rounded text-lg font-semibold tracking-tight text-stone-950">
          <svg viewBox="0 0 32 32" className="h-6 w-6" aria-hidden="true">
            <rect width="32" height="32" rx="6" fill="#1c1917" />
            <path d="M7 22 L13 10 L19 18 L25 8" stroke="#fbbf24" strokeWidth="3" fill="none" strokeLinecap="round" strokeLinejoin="round" />
          </svg>
          <span className="sr-only sm:not-sr-only">ClaimTrail</span>
        </Link>
        <nav aria-label="Main" className="order-2 -my-1 min-w-0 flex-1 overflow-x-auto py-1 sm:flex-none sm:overflow-visible">
          <ul className="flex items-center gap-3 whitespace-nowrap sm:gap-4">
            {NAV_LINKS.filter((link) => link.role === null || hasRole(user, link.role)).map((link) => (
              <li key={link.href}>
                <Link href={link.href} className={navLink}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form role="search" action="/claims" method="get" className="order-4 flex w-full items-center gap-2 sm:order-3 sm:ml-auto sm:w-auto">
          <label htmlFor="site-search" className="sr-only">
            Search claims
          </label>
          <input
            id="site-search"
            type="search"
            name="q"
            placeholder="Search claims…"
            autoComplete="off"
            className="min-w-0 flex-1 rounded-md border border-stone-400 bg-white px-3 py-1.5 text-sm placeholder:text-stone-500 sm:w-64 sm:flex-none"
          />
          <button type="submit" className="rounded-md bg-stone-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-stone-700">
            Search
          </button>
        </form>
        {user ? (
          <form action={signOutAction} className="order-3 flex min-w-0 items-center gap-2 text-sm sm:order-4">
            <span className="hidden text-stone-700 sm:inline" data-testid="signed-in-as">
              {user.name ?? user.email} <span className="text-stone-500">({user.role})</span> ·{" "}
              <Link href="/account/password" className="underline underline-offset-4 hover:text-stone-950">
                password
              </Link>
            </span>
            <button type="submit" className="rounded px-1 py-0.5 font-medium text-stone-700 underline underline-offset-4 hover:text-stone-950">
              Sign out
            </button>
          </form>
        ) : (
          <Link href="/sign-in" className={`${navLink} order-3 sm:order-4`}>
            Sign in
          </Link>
        )}
      </div>
    </header>
  );
}
