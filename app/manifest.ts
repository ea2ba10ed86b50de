import type { MetadataRoute } from "next";
import { ICON_FILES, PAGE_COLOUR, THEME_COLOUR, iconHref } from "@/features/site-icons/icons";
import { i18nFor } from "@/lib/i18n/i18n";

/** The web app manifest (/manifest.webmanifest), in Vietnamese: what a phone names and shows when the site is added to its home screen. */
export default function manifest(): MetadataRoute.Manifest {
  const { m } = i18nFor("vi");
  return {
    name: m.site.title,
    short_name: m.site.shortTitle,
    description: m.site.tagline,
    lang: "vi",
    dir: "ltr",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: THEME_COLOUR,
    background_color: PAGE_COLOUR,
    icons: [
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml", purpose: "any" },
      ...ICON_FILES.filter((i) => i.purpose !== "apple").map((i) => ({ src: iconHref(i.file), sizes: `${i.size}x${i.size}`, type: "image/png", purpose: i.purpose as "any" | "maskable" })),
    ],
  };
}
