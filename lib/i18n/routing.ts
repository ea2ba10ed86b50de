// The language routing next-intl applies in the proxy. The language is chosen
// by the address alone (no cookie, no Accept-Language redirect), so one
// address is always one page and a proxy can keep it.
import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "@/lib/i18n/paths";

export const routing = defineRouting({
  locales: LOCALES,
  defaultLocale: DEFAULT_LOCALE,
  localePrefix: "as-needed",
  localeDetection: false,
  localeCookie: false,
  // The pages name their alternates themselves (<link rel="alternate" hreflang>).
  alternateLinks: false,
});
