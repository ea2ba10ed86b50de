import type { Metadata } from "next";
import { SHARE_IMAGE } from "@/features/public-pages/share-image";
import type { I18n } from "@/lib/i18n/i18n";
import { localePath } from "@/lib/i18n/paths";

/**
 * What a shared link shows: the page's own title and a sentence naming its
 * province or indicator and period, for search engines, messaging apps and
 * social networks (Open Graph, Twitter card), and where the page is in the
 * other language (hreflang). `path` is the page's Vietnamese address, resolved
 * against the app's address (metadataBase in the layout). With `image`, the
 * page has a share image drawn from its figures (share-image.ts) beside it, at
 * shareImagePath, in the page's language, and the card shows it large.
 */
export function shareMetadata({ title, description, path, t, image = false }: { title: string; description: string; path: string; t: I18n; image?: boolean }): Metadata {
  const siteName = t.m.site.title;
  const full = `${title} — ${siteName}`;
  const url = t.href(path);
  const images = image ? [{ url: t.href(shareImagePath(path)), width: SHARE_IMAGE.width, height: SHARE_IMAGE.height, type: "image/png", alt: t.m.share.image.alt(title) }] : undefined;
  return {
    title,
    description,
    alternates: { canonical: url, languages: { vi: localePath(path, "vi"), en: localePath(path, "en"), "x-default": localePath(path, "vi") } },
    openGraph: { title: full, description, url, siteName, locale: t.ogLocale, alternateLocale: t.locale === "vi" ? "en_GB" : "vi_VN", type: "website", ...(images ? { images } : {}) },
    twitter: images ? { card: "summary_large_image", title: full, description, images } : { card: "summary", title: full, description },
  };
}

/** Where a page's share image is: `share.png` under the page's own address, with the page's query (the units an indicator page shows). */
export function shareImagePath(path: string): string {
  const [pathname, query] = path.split(/\?(.*)/s, 2);
  return `${pathname!.replace(/\/$/, "")}/share.png${query ? `?${query}` : ""}`;
}

/** A description cut at a word to the length previews show, with an ellipsis when cut. */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:—-]+$/, "")}…`;
}
