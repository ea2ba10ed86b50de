import type { Metadata } from "next";
import type { I18n } from "@/lib/i18n/i18n";
import { localePath } from "@/lib/i18n/paths";

/**
 * What a shared link shows: the page's own title and a sentence naming its
 * province or indicator and period, for search engines, messaging apps and
 * social networks (Open Graph, Twitter card), and where the page is in the
 * other language (hreflang). `path` is the page's Vietnamese address, resolved
 * against the app's address (metadataBase in the layout).
 */
export function shareMetadata({ title, description, path, t }: { title: string; description: string; path: string; t: I18n }): Metadata {
  const siteName = t.m.site.title;
  const full = `${title} — ${siteName}`;
  const url = t.href(path);
  return {
    title,
    description,
    alternates: { canonical: url, languages: { vi: localePath(path, "vi"), en: localePath(path, "en"), "x-default": localePath(path, "vi") } },
    openGraph: { title: full, description, url, siteName, locale: t.ogLocale, alternateLocale: t.locale === "vi" ? "en_GB" : "vi_VN", type: "website" },
    twitter: { card: "summary", title: full, description },
  };
}

/** A description cut at a word to the length previews show, with an ellipsis when cut. */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:—-]+$/, "")}…`;
}
