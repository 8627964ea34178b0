"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, type FormEvent, type ReactNode } from "react";
import { defaultClaimKind } from "@/lib/validation/claims-search";

/** Wait after the last keystroke before searching as the user types. */
const TYPING_DEBOUNCE_MS = 300;
/** Fewer characters than this match too much to be worth a search while typing. */
const MIN_TYPED_CHARS = 2;

/** The form's URL without empty fields and defaults, so one state has one short URL. */
function toUrl(form: HTMLFormElement): string {
  const params = new URLSearchParams();
  const data = new FormData(form);
  const q = String(data.get("q") ?? "").trim();
  for (const [name, value] of data) {
    if (typeof value !== "string") continue;
    const text = name === "q" ? q : value;
    // Defaults stay out of the URL (every review state, the default kind), as claimsHref does.
    if (text === "" || (name === "review" && text === "all") || (name === "kind" && text === defaultClaimKind(q))) continue;
    params.append(name, text);
  }
  const query = params.toString();
  return query ? `/claims?${query}` : "/claims";
}

/**
 * The /claims filter form. Without JavaScript it is a plain GET form (every field in the URL).
 * With it: clean URLs, filters apply as soon as a select changes, and results follow the search box
 * as the user types (replacing history entries, so Back skips the keystrokes).
 */
export function ClaimsSearchForm({ q, className, children }: { q: string; className?: string; children: ReactNode }) {
  const router = useRouter();
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const formRef = useRef<HTMLFormElement>(null);

  // A link (clear filters, a story link) can change q under a mounted input: show the new value,
  // unless the user is typing in it right now.
  useEffect(() => {
    const input = formRef.current?.elements.namedItem("q");
    if (input instanceof HTMLInputElement && document.activeElement !== input) input.value = q;
  }, [q]);
  useEffect(() => () => clearTimeout(timer.current), []);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    clearTimeout(timer.current);
    router.push(toUrl(event.currentTarget));
  }

  function onChange(event: FormEvent<HTMLFormElement>) {
    if (event.target instanceof HTMLSelectElement) event.currentTarget.requestSubmit();
  }

  function onInput(event: FormEvent<HTMLFormElement>) {
    const input = event.target;
    if (!(input instanceof HTMLInputElement) || input.name !== "q") return;
    const form = event.currentTarget;
    clearTimeout(timer.current);
    const typed = input.value.trim();
    if (typed.length > 0 && typed.length < MIN_TYPED_CHARS) return;
    timer.current = setTimeout(() => router.replace(toUrl(form), { scroll: false }), TYPING_DEBOUNCE_MS);
  }

  return (
    <form ref={formRef} role="search" action="/claims" method="get" className={className} onSubmit={onSubmit} onChange={onChange} onInput={onInput}>
      {children}
    </form>
  );
}
