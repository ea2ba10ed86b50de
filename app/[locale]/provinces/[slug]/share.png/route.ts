import { published } from "@/features/published/published";
import { scorecardCard } from "@/features/public-pages/share-cards";
import { shareImageResponse } from "@/features/public-pages/share-image-response";
import { i18nFor } from "@/lib/i18n/i18n";
import { isLocale } from "@/lib/i18n/paths";

export const dynamic = "force-dynamic";

/** The scorecard's share image (its og:image), in the page's language: published figures only. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const scorecard = await published.scorecard(slug);
  return shareImageResponse(scorecard && scorecardCard(scorecard, i18nFor(isLocale(locale) ? locale : "vi")));
}
