import Link from "next/link";
import { LABELS } from "@/lib/labels";
import type { SearchClaimsResult } from "@/lib/server/queries/search-claims";
import { defaultClaimKind, type ClaimsSearch } from "@/lib/validation/claims-search";
import { claimsHref, clearedFilters, hasFilters } from "./claims-href";
import { ClaimsSearchForm } from "./claims-search-form";

const field = "flex min-w-0 flex-col gap-1 text-sm font-medium text-stone-800";
const control = "w-full min-w-0 rounded-md border border-stone-400 bg-white px-2 py-1.5 text-sm font-normal text-stone-900";

const KIND_OPTIONS = [
  ["changed", "Changed statements, new material"],
  ["all", "Everything, details too"],
  ["statement", "Statements"],
  ["detail", "Details of statements"],
  ["new", "New material"],
] as const;
const REVIEW_OPTIONS = [
  ["all", "Reviewed or not"],
  ["reviewed", "Reviewed by an editor"],
  ["unreviewed", "Not reviewed yet"],
] as const;
/** Beyond the default ("" = relevance when searching, reference order otherwise). */
const SORT_OPTIONS = [
  ["severity", "Most severe first"],
  ["outlets", "Most outlets first"],
] as const;

/** Search box, filters and sort for /claims: a GET form, so every state lives in the URL. */
export function ClaimsFilters({ search, facets }: { search: ClaimsSearch; facets: SearchClaimsResult["facets"] }) {
  // Remount (and so reset the selects) when a link changes the filters, but not while typing.
  const defaultSort = search.q ? "relevance" : "reference";
  // "" is the default kind for the words typed, so a search submitted without JavaScript gets it too
  // (and typing, which switches the default, does not remount the form).
  const defaultKind = defaultClaimKind(search.q);
  const kindValue = search.kind === defaultKind ? "" : search.kind;
  const sortValue = search.sort === defaultSort ? "" : search.sort;
  const key = [search.story, search.outlet, search.label, search.review, kindValue, sortValue].join("|");
  return (
    <ClaimsSearchForm key={key} q={search.q} className="rounded-lg border border-stone-200 bg-white p-3 sm:p-4">
      <div className="flex flex-row items-end gap-2">
        <div className={`${field} flex-1`}>
          <label htmlFor="claims-q">Search claim wording</label>
          <input
            id="claims-q"
            type="search"
            name="q"
            defaultValue={search.q}
            placeholder="e.g. a name, a figure, sources"
            autoComplete="off"
            maxLength={200}
            aria-describedby="claims-q-help"
            className={`${control} py-2 text-base`}
          />
        </div>
        <div className="flex items-center gap-3">
          <button type="submit" className="rounded-md bg-stone-900 px-4 py-2 text-sm font-medium text-white hover:bg-stone-700">
            Search
          </button>
          {hasFilters(search) || search.q ? (
            <Link href="/claims" className="text-sm text-blue-800 underline underline-offset-2">
              Clear all
            </Link>
          ) : null}
        </div>
      </div>
      <SearchSyntaxHelp />
      <div className="mt-3 grid grid-cols-3 gap-x-2 gap-y-2 sm:gap-x-3 lg:grid-cols-6">
        <FilterSelect name="story" label="Story" value={search.story ?? ""} options={[["", "All stories"], ...facets.stories.map((story) => [story.slug, story.title] as const)]} />
        <FilterSelect name="outlet" label="Outlet" value={search.outlet ?? ""} options={[["", "All outlets"], ...facets.outlets.map((outlet) => [outlet.id, outlet.name] as const)]} />
        <FilterSelect name="label" label="Label" value={search.label ?? ""} options={[["", "Any label"], ...LABELS.map((label) => [label, label] as const)]} />
        <FilterSelect name="review" label="Review" value={search.review} options={REVIEW_OPTIONS} />
        <FilterSelect
          name="kind"
          label="Kind"
          value={kindValue}
          options={[["", search.q ? "Every kind" : "Changed statements, new material"], ...KIND_OPTIONS.filter(([kind]) => kind !== defaultKind)]}
        />
        <FilterSelect
          name="sort"
          label="Sort"
          value={sortValue}
          options={[["", search.q ? "Relevance" : "Reference order"], ...(search.q ? ([["reference", "Reference order"]] as const) : []), ...SORT_OPTIONS]}
        />
      </div>
      {search.label === "omitted" && search.review !== "all" ? (
        <p className="mt-2 text-sm text-stone-700">Omissions have no review state, so the review filter does not apply to them.</p>
      ) : null}
      {hasFilters(search) ? (
        <p className="mt-2 text-sm">
          <Link href={claimsHref(search, clearedFilters(search))} className="text-blue-800 underline underline-offset-2">
            Clear the filters
          </Link>
          {search.q ? <span className="text-stone-600"> (keeps the search)</span> : null}
        </p>
      ) : null}
    </ClaimsSearchForm>
  );
}

const code = "rounded bg-stone-100 px-1 font-mono text-[11px] text-stone-900";

/** The search syntax in one line (lib/search/parse-search-query.ts defines it). */
function SearchSyntaxHelp() {
  return (
    <p id="claims-q-help" className="mt-1 text-xs font-normal leading-relaxed text-stone-600">
      Every word must occur; a word’s beginning is enough. <code className={code}>Lightstone OR Witkoff</code> either ·{" "}
      <code className={code}>-Kazakhstan</code> leaves it out · <code className={code}>"senior aide"</code> these words together ·
      numbers in any form: <code className={code}>60000</code> finds 60,000, 60 thousand and 60k.
    </p>
  );
}

/** One labelled select of the filter form; its value travels in the URL under `name`. */
function FilterSelect({ name, label, value, options }: { name: string; label: string; value: string; options: readonly (readonly [string, string])[] }) {
  return (
    <div className={field}>
      <label htmlFor={`claims-${name}`}>{label}</label>
      <select id={`claims-${name}`} name={name} defaultValue={value} className={control}>
        {options.map(([optionValue, text]) => (
          <option key={optionValue} value={optionValue}>
            {text}
          </option>
        ))}
      </select>
    </div>
  );
}
