import { published } from "@/features/published/published";
import { download } from "@/lib/http/download";
import { KeptBytes } from "@/lib/server/kept";
import { i18nFor } from "@/lib/i18n/i18n";
import { isLocale } from "@/lib/i18n/paths";
import { DOCX_TYPE, reportDocx, reportFileName } from "@/features/progress-report/docx";

export const dynamic = "force-dynamic";

/** Word files kept until the published data they show changes: the key names the moment it last did. */
const kept = new KeptBytes(64 * 1024 * 1024);

/** The public progress report as a Word document, in the language of the page it was downloaded from. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; slug: string; period: string }> }) {
  const { locale, slug, period } = await params;
  const [report, lastChange] = await Promise.all([published.report(slug, period), published.lastChange()]);
  if (!report) return new Response("Not found", { status: 404 });
  const language = isLocale(locale) ? locale : "vi";
  // Dated by its data, so the same figures make the same bytes and the same ETag.
  const key = [report.unit.slug, report.period.code, language, lastChange?.toISOString()].join("\n");
  const body = await kept.keep(key, async () => new Uint8Array(await reportDocx(report, i18nFor(language), { internal: false, dated: lastChange })));
  return download(request, body, {
    lastModified: lastChange,
    headers: { "Content-Type": DOCX_TYPE, "Content-Disposition": `attachment; filename="${reportFileName(report, language, false)}"` },
  });
}
