import type { MetadataRoute } from "next";
import { published } from "@/features/published/published";
import { env } from "@/lib/server/env";

export const dynamic = "force-dynamic";

/** Every public page in Vietnamese, with its English twin, and the day its data last changed. */
export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const url = (path: string) => new URL(path, env.APP_URL).toString();
  return (await published.sitemap()).map(({ path, lastModified }) => ({
    url: url(path),
    lastModified,
    alternates: { languages: { vi: url(path), en: url(path === "/" ? "/en" : `/en${path}`) } },
  }));
}
