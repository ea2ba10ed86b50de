import { published } from "@/features/published/published";
import { toCsv } from "@/lib/domain/csv";
import { download, judgedToday } from "@/lib/http/download";
import { i18nFor } from "@/lib/i18n/i18n";
import { isLocale } from "@/lib/i18n/paths";

export const dynamic = "force-dynamic";

/** What the comparison page shows for the same URL: each unit's latest figure and 2025 target per indicator. */
export async function GET(request: Request, { params: route }: { params: Promise<{ locale: string }> }) {
  const { locale } = await route;
  // Names in the language of the page the file was downloaded from.
  const { name } = i18nFor(isLocale(locale) ? locale : "vi");
  const params = await published.compareParams(new URL(request.url).searchParams);
  const [comparison, lastChange] = await Promise.all([published.comparison(params), published.lastChange()]);
  if (!comparison) return new Response("Not found", { status: 404 });
  const rows = comparison.rows.flatMap((row) =>
    row.cells.map(({ slug, assessment: a }) => {
      const unit = comparison.provinces.find((p) => p.slug === slug);
      return [
        comparison.pillar.code,
        row.indicator.code,
        name(row.indicator),
        row.indicator.unit,
        slug,
        unit ? name(unit) : null,
        a.latest?.period,
        a.latest?.value,
        a.latest?.qualifier,
        a.target?.year,
        a.target?.comparator,
        a.target?.value,
        a.target?.scope,
        a.progress.status,
        // A verdict taken from the unit this one merged into (lib/domain/succession.ts): whose figure, which period.
        a.successorFigure ? unit?.successorSlug : null,
        a.successorFigure?.period,
        a.latest?.source.title,
        a.latest?.source.url,
      ];
    }),
  );
  const body = toCsv(
    ["pillar", "indicator", "indicator_name", "unit", "province", "province_name", "period", "value", "qualifier", "target_year", "target_comparator", "target_value", "target_scope", "status", "status_from_unit", "status_from_period", "source_title", "source_url"],
    rows,
  );
  return download(request, body, {
    lastModified: judgedToday(lastChange),
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="dti-compare-${comparison.pillar.code}.csv"` },
  });
}
