import { published } from "@/features/published/published";
import { i18nFor } from "@/lib/i18n/i18n";
import { isLocale } from "@/lib/i18n/paths";
import { DOCX_TYPE, reportDocx, reportFileName } from "@/features/progress-report/docx";

export const dynamic = "force-dynamic";

/** The public progress report as a Word document, in the language of the page it was downloaded from. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string; period: string }> }) {
  const { locale, slug, period } = await params;
  const report = await published.report(slug, period);
  if (!report) return new Response("Not found", { status: 404 });
  const language = isLocale(locale) ? locale : "vi";
  const body = await reportDocx(report, i18nFor(language), { internal: false });
  return new Response(new Uint8Array(body), {
    headers: { "Content-Type": DOCX_TYPE, "Content-Disposition": `attachment; filename="${reportFileName(report, language, false)}"` },
  });
}
