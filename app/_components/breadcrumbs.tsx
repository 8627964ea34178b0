import Link from "next/link";

export type BreadcrumbItem = { href?: string; label: string };

/**
 * Trail of links from the home page to the current page. The last item is the current page:
 * rendered as text with aria-current="page" (any href on it is ignored).
 */
export function Breadcrumbs({ items }: { items: readonly BreadcrumbItem[] }) {
  if (items.length === 0) return null;
  return (
    <nav aria-label="Breadcrumb" className="mb-4 text-sm text-stone-600">
      <ol className="flex flex-wrap items-center gap-x-1.5 gap-y-1">
        {items.map((item, index) => {
          const isCurrent = index === items.length - 1;
          return (
            <li key={`${index}-${item.label}`} className="flex min-w-0 items-center gap-x-1.5">
              {index > 0 ? (
                <span aria-hidden="true" className="text-stone-400">
                  /
                </span>
              ) : null}
              {isCurrent ? (
                <span aria-current="page" title={item.label} className="max-w-[24ch] sm:max-w-[40ch] truncate font-medium text-stone-900">
                  {item.label}
                </span>
              ) : item.href ? (
                <Link href={item.href} title={item.label} className="max-w-[24ch] sm:max-w-[40ch] truncate text-blue-800 underline-offset-2 hover:underline">
                  {item.label}
                </Link>
              ) : (
                <span title={item.label} className="max-w-[24ch] sm:max-w-[40ch] truncate">
                  {item.label}
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
