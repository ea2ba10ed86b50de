import { published } from "@/features/published/published";
import { reportCard } from "@/features/public-pages/share-cards";
import { shareImageResponse } from "@/features/public-pages/share-image-response";
import { i18nFor } from "@/lib/i18n/i18n";
import { isLocale } from "@/lib/i18n/paths";

export const dynamic = "force-dynamic";

/** The public progress report's share image, in the page's language: published figures only. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string; period: string }> }) {
  const { locale, slug, period } = await params;
  const report = await published.report(slug, period);
  return shareImageResponse(report && reportCard(report, i18nFor(isLocale(locale) ? locale : "vi")));
}
