import { published } from "@/features/published/published";
import { download } from "@/lib/http/download";
import { i18nFor } from "@/lib/i18n/i18n";
import { isLocale } from "@/lib/i18n/paths";
import { DOCX_TYPE, reportDocx, reportFileName } from "@/features/progress-report/docx";

export const dynamic = "force-dynamic";

/** The public progress report as a Word document, in the language of the page it was downloaded from. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string; period: string }> }) {
  const { locale, slug, period } = await params;
  const [report, lastChange] = await Promise.all([published.report(slug, period), published.lastChange()]);
  if (!report) return new Response("Not found", { status: 404 });
  const language = isLocale(locale) ? locale : "vi";
  // Dated by its data, so the same figures make the same bytes and the same ETag.
  const body = await reportDocx(report, i18nFor(language), { internal: false, dated: lastChange });
  return download(request, new Uint8Array(body), {
    lastModified: lastChange,
    headers: { "Content-Type": DOCX_TYPE, "Content-Disposition": `attachment; filename="${reportFileName(report, language, false)}"` },
  });
}
