"use client";
import { usePathname, useSearchParams } from "next/navigation";
import type { Locale } from "@/lib/domain/format";
import { localePath, splitLocale, VIETNAMESE_ONLY } from "@/lib/i18n/paths";

/** Each language named in itself, as a switch shows it. */
const ENDONYMS: Record<Locale, string> = { vi: "Tiếng Việt", en: "English" };

/**
 * The same page, with the same query, in the other language. A plain link:
 * the whole page changes language, <html lang> included. The working side
 * speaks only Vietnamese and has no switch.
 */
export function LanguageSwitch({ locale, label }: { locale: Locale; label: string }) {
  const { path } = splitLocale(usePathname() ?? "/");
  const query = useSearchParams()?.toString() ?? "";
  if (VIETNAMESE_ONLY.test(path)) return null;
  return <SwitchLink locale={locale} label={label} to={`${path}${query ? `?${query}` : ""}`} />;
}

/** Without the current query: what is rendered before the address is known. */
export function LanguageSwitchFallback({ locale, label }: { locale: Locale; label: string }) {
  return <SwitchLink locale={locale} label={label} to="/" />;
}

function SwitchLink({ locale, label, to }: { locale: Locale; label: string; to: string }) {
  const target: Locale = locale === "vi" ? "en" : "vi";
  return (
    <a
      href={localePath(to, target)}
      hrefLang={target}
      lang={target}
      aria-label={`${ENDONYMS[target]} — ${label}`}
      className="rounded border border-slate-300 px-2 py-0.5 font-medium text-slate-700 underline-offset-4 hover:border-brand hover:text-brand"
    >
      {ENDONYMS[target]}
    </a>
  );
}
