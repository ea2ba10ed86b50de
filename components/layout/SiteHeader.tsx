import { IntentLink } from "@/components/ui/IntentLink";
import { Suspense } from "react";
import { useI18n } from "@/lib/i18n/server";
import { AccountLink } from "./AccountLink";
import { LanguageSwitch, LanguageSwitchFallback } from "./LanguageSwitch";

/** The same for everyone, so a public page can be cached whole; only the account link is decided in the browser. */
export function SiteHeader() {
  const { m, locale, href } = useI18n();
  const links = [
    { href: "/", label: m.site.nav.overview },
    { href: "/indicators", label: m.site.nav.indicators },
    { href: "/compare", label: m.site.nav.compare },
    { href: "/rankings", label: m.site.nav.rankings },
    { href: "/data", label: m.site.nav.data },
  ];
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3 sm:px-6">
        <IntentLink href={href("/")} className="text-lg font-semibold text-brand">
          {m.site.title}
        </IntentLink>
        <nav aria-label={m.site.navLabel}>
          <ul className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm">
            {links.map((link) => (
              <li key={link.href}>
                <IntentLink href={href(link.href)} className="text-slate-700 underline-offset-4 hover:text-brand hover:underline">
                  {link.label}
                </IntentLink>
              </li>
            ))}
            <li>
              <AccountLink labels={{ signIn: m.auth.signIn, workArea: m.work.title }} />
            </li>
            <li>
              <Suspense fallback={<LanguageSwitchFallback locale={locale} label={m.site.languageSwitch} />}>
                <LanguageSwitch locale={locale} label={m.site.languageSwitch} />
              </Suspense>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
