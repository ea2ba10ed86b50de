import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { IntentNavigation } from "@/components/layout/IntentNavigation";
import { PrintOpensDetails } from "@/components/layout/PrintOpensDetails";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { iconHref } from "@/features/site-icons/icons";
import { env } from "@/lib/server/env";
import { i18nFor } from "@/lib/i18n/i18n";
import { isLocale } from "@/lib/i18n/paths";
import "../globals.css";

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  const { m } = i18nFor(isLocale(locale) ? locale : "vi");
  return {
    metadataBase: new URL(env.APP_URL),
    title: { default: m.site.title, template: `%s — ${m.site.title}` },
    description: m.site.tagline,
    // Beside app/icon.svg (the tab's) and the manifest's: the icon an iPhone puts on its home screen.
    icons: { apple: [{ url: iconHref("apple-touch-icon.png"), sizes: "180x180", type: "image/png" }] },
  };
}

export default async function RootLayout({ children, params }: Props) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const { m } = i18nFor(locale);
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-page text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:shadow"
        >
          {m.site.skipToContent}
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:px-6">
          {children}
        </main>
        <SiteFooter />
        <PrintOpensDetails />
        <IntentNavigation />
      </body>
    </html>
  );
}
