import { indicatorTable } from "@/features/public-pages/indicator-model";
import { toCsv } from "@/lib/domain/csv";
import { download, judgedToday } from "@/lib/http/download";
import { published } from "@/features/published/published";
import { i18nFor } from "@/lib/i18n/i18n";
import { isLocale } from "@/lib/i18n/paths";

export const dynamic = "force-dynamic";

const isoDate = (t: number | Date | null) => (t === null ? null : new Date(t).toISOString().slice(0, 10));

/** Exactly the rows of the indicator page's table twin, for the units in the URL. */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; code: string }> }) {
  const { locale, code } = await params;
  const [view, lastChange] = await Promise.all([published.indicatorView(code, new URL(request.url).searchParams), published.lastChange()]);
  if (!view) return new Response("Not found", { status: 404 });
  // Names of units in the language of the page the file was downloaded from.
  const rows = indicatorTable(view, i18nFor(isLocale(locale) ? locale : "vi"));
  const body = toCsv(
    ["indicator", "unit", "unit_name", "kind", "period", "target_year", "date", "value", "qualifier", "scope", "source_title", "source_date", "source_url"],
    rows.map((r) => [code, r.unit, r.unitName, r.kind, r.period, r.year, isoDate(r.t), r.value, r.qualifier, r.scope, r.source?.title, isoDate(r.source?.publishedOn ?? null), r.source?.url]),
  );
  return download(request, body, {
    lastModified: judgedToday(lastChange),
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="dti-${code}.csv"` },
  });
}
