import type { Metadata } from "next";

/**
 * What a shared link shows: the page's own title and a sentence naming its
 * province or indicator and period, for search engines, messaging apps and
 * social networks (Open Graph, Twitter card). `path` is the page's own
 * address, resolved against the app's address (metadataBase in the layout).
 */
export function shareMetadata({ title, description, path, siteName }: { title: string; description: string; path: string; siteName: string }): Metadata {
  const full = `${title} — ${siteName}`;
  return {
    title,
    description,
    alternates: { canonical: path },
    openGraph: { title: full, description, url: path, siteName, locale: "vi_VN", type: "website" },
    twitter: { card: "summary", title: full, description },
  };
}

/** A description cut at a word to the length previews show, with an ellipsis when cut. */
export function clip(text: string, max = 200): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:—-]+$/, "")}…`;
}
