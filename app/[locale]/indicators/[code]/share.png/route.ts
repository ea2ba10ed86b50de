import { published } from "@/features/published/published";
import { indicatorCard } from "@/features/public-pages/share-cards";
import { shareImageResponse } from "@/features/public-pages/share-image-response";
import { i18nFor } from "@/lib/i18n/i18n";
import { isLocale } from "@/lib/i18n/paths";

export const dynamic = "force-dynamic";

/** The indicator page's share image, for the units in the address as the page shows them: published figures only. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  const view = await published.indicatorView(code, new URL(request.url).searchParams);
  return shareImageResponse(view && indicatorCard(view, i18nFor(isLocale(locale) ? locale : "vi")));
}
