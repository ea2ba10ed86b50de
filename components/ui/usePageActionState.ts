"use client";
// useActionState with the page's own address as the form's permalink, so a
// form posted before its script has run goes to that address by name
// (<form action="/work/…">) rather than to an empty action, which HTML does
// not allow. Every field a form needs travels in the form itself, never in
// the query.
import { usePathname } from "next/navigation";
import { useActionState } from "react";
import { localePath, splitLocale } from "@/lib/i18n/paths";

export function usePageActionState<State>(action: (state: Awaited<State>, form: FormData) => State | Promise<State>, initial: Awaited<State>) {
  const { locale, path } = splitLocale(usePathname() ?? "/");
  return useActionState<State, FormData>(action, initial, localePath(path, locale));
}
