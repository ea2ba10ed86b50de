// Where each language lives: Vietnamese at the plain addresses, English under
// /en/. Pure, so the language switch in the browser uses it too.
import type { Locale } from "@/lib/domain/format";

export const LOCALES = ["vi", "en"] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = "vi";

export const isLocale = (value: unknown): value is Locale => LOCALES.includes(value as Locale);

/** Paths that exist only in Vietnamese: the working side and its sign-in. */
export const VIETNAMESE_ONLY = /^\/(?:work|sign-in|set-password)(?:[/?]|$)/;

/** The address of `path` (an unprefixed path, with its query if any) in `locale`. */
export function localePath(path: string, locale: Locale): string {
  if (locale === DEFAULT_LOCALE || VIETNAMESE_ONLY.test(path)) return path;
  if (path === "/") return "/en";
  return path.startsWith("/?") ? `/en${path.slice(1)}` : `/en${path}`;
}

/**
 * The language and unprefixed path of an address: "/en/compare" → en,
 * "/compare". A "/vi" prefix (the route the proxy rewrites to) is dropped too.
 */
export function splitLocale(pathname: string): { locale: Locale; path: string } {
  const match = /^\/(en|vi)(?=\/|$)/.exec(pathname);
  if (!match) return { locale: DEFAULT_LOCALE, path: pathname || "/" };
  return { locale: match[1] as Locale, path: pathname.slice(match[0].length) || "/" };
}
