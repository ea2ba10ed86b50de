import { periodLabel } from "@/components/IndicatorCard";
import { StatusBadge } from "@/components/StatusBadge";
import type { ReportSheet } from "@/features/entry/reads";
import type { SheetVerdict } from "@/features/entry/sheet-verdict";
import { largeChangeWarning } from "@/features/entry/schema";
import { FigureHistory } from "@/features/entry/FigureHistory";
import { historyLines } from "@/features/entry/history";
import Link from "next/link";
import { cell, HeadRow, rowClass, Table } from "@/components/ui/Table";
import { changeBetween } from "@/lib/domain/change";
import { formatValue, type Unit } from "@/lib/domain/format";
import { comparatorSymbol } from "@/lib/domain/targets";
import { i18nFor } from "@/lib/i18n/i18n";
import { vi as m } from "@/lib/i18n/messages";

/** Which figures the review shows: all, those entered, those flagged for a large change, or the required ones missing. */
export const SHEET_FILTERS = ["all", "entered", "flagged", "missing"] as const;
export type SheetFilter = (typeof SHEET_FILTERS)[number];

type SheetRow = ReportSheet["pillars"][number]["rows"][number];

/**
 * What an official needs to decide on a report, figure by figure: this
 * period's value, the unit's latest earlier figure and the change since (only
 * as exact as the two figures allow), the next open target and the verdict
 * of this figure against it, the source, and a flag on a large change; counts
 * and filters at the top.
 */
export function ReportSheetTable({ sheet, threshold, filter, requiredPeriodicity }: { sheet: ReportSheet; threshold: number; filter: SheetFilter; requiredPeriodicity: string }) {
  const t = i18nFor("vi");
  const flagOf = (row: SheetRow) => largeChangeWarning(row.previous, row.current?.value ?? null, threshold, row.indicator.unit);
  const rows = sheet.pillars.flatMap((p) => p.rows);
  const isMissing = (row: SheetRow) => row.current === null && row.indicator.periodicity === requiredPeriodicity;
  const shows: Record<SheetFilter, (row: SheetRow) => boolean> = {
    all: () => true,
    entered: (row) => row.current !== null,
    flagged: (row) => flagOf(row) !== null,
    missing: isMissing,
  };
  const counts: Record<SheetFilter, number> = {
    all: rows.length,
    entered: rows.filter(shows.entered).length,
    flagged: rows.filter(shows.flagged).length,
    missing: rows.filter(isMissing).length,
  };
  const base = `/work/reports/${sheet.province.slug}/${sheet.period}`;
  return (
    <div className="space-y-6">
      <nav aria-label={m.reportPage.filters} className="flex flex-wrap gap-2 text-sm">
        {SHEET_FILTERS.map((f) => (
          <Link
            key={f}
            href={f === "all" ? base : `${base}?show=${f}`}
            aria-current={f === filter ? "page" : undefined}
            className={`rounded border px-2 py-1 ${f === filter ? "border-brand bg-brand text-white" : "border-slate-300 bg-white hover:border-brand"}`}
            data-filter={f}
          >
            {m.reportPage.filter[f]} <strong className="tabular-nums">{counts[f]}</strong>
          </Link>
        ))}
      </nav>
      {sheet.pillars.map((pillar) => {
        const shown = pillar.rows.filter(shows[filter]);
        if (shown.length === 0) return null;
        return (
          <section key={pillar.code} aria-labelledby={`s-${pillar.code}`} className="space-y-2">
            <h2 id={`s-${pillar.code}`} className="text-lg font-semibold">{pillar.nameVi}</h2>
            <Table caption={pillar.nameVi} scrollHint={m.common.scrollHint} minWidth="64rem">
              <HeadRow labels={[m.common.indicator, periodLabel(sheet.period), m.entry.previousColumn, m.reportPage.change, m.reportPage.nextTarget, m.report.columns.verdict, m.common.source]} />
                <tbody>
                  {shown.map((row) => {
                    const { indicator, current, previous, targets, verdict, history } = row;
                    const warning = flagOf(row);
                    const next = targets[0];
                    return (
                      <tr key={indicator.id} className={rowClass}>
                        <th scope="row" className="max-w-xs p-2 text-left font-normal">
                          {indicator.nameVi}
                          <FigureHistory lines={historyLines(history, indicator.unit)} />
                        </th>
                        <td className={`${cell} tabular-nums`}>
                          {current ? t.figure(current, indicator.unit) : m.common.noData}
                          {warning ? <p className="text-xs text-amber-800">⚠ {warning}</p> : null}
                        </td>
                        <td className={`${cell} tabular-nums`}>
                          {previous === null ? (
                            m.common.noData
                          ) : (
                            <>
                              {t.figure(previous, indicator.unit)} <span className="text-xs text-slate-600">({t.periodOf(previous)})</span>
                            </>
                          )}
                        </td>
                        <td className={`${cell} tabular-nums`}>
                          {current && previous ? t.change(changeBetween(previous, { ...current, period: sheet.period }), indicator.unit) : "—"}
                        </td>
                        <td className={`${cell} tabular-nums`}>
                          {next ? (
                            <>
                              {comparatorSymbol(next.comparator)} {formatValue(next.value, indicator.unit, "vi")} ({next.year})
                              <span className="block text-xs text-slate-600">{next.source.title}</span>
                            </>
                          ) : (
                            "—"
                          )}
                        </td>
                        <td className={cell}>
                          <VerdictCell verdict={verdict} unit={indicator.unit} />
                        </td>
                        <td className={`${cell} text-xs`}>
                          {current?.source.title ?? ""}
                          {current?.note ? <p className="text-slate-600">{current.note}</p> : null}
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
            </Table>
          </section>
        );
      })}
    </div>
  );
}

/**
 * The verdict as the scorecard words it (its badge, and the gap still to go,
 * "≈" when the figure is a range); nothing for a missing figure.
 */
function VerdictCell({ verdict, unit }: { verdict: SheetVerdict; unit: Unit }) {
  const t = i18nFor("vi");
  switch (verdict.kind) {
    case "NO_FIGURE":
      return "—";
    case "PASSED_ON":
      return <span className="text-xs text-slate-700">{m.entry.passedOn(verdict.year)}</span>;
    case "JUDGED":
      return (
        <>
          <StatusBadge progress={verdict.progress} bucket={verdict.bucket} targetYear={verdict.year ?? undefined} />
          {verdict.gap && verdict.year !== null ? (
            <span className="mt-1 block text-xs text-slate-700">
              {m.common.gapTo(verdict.year)}: {verdict.approximate ? `${m.common.approximately} ` : ""}
              {t.difference(verdict.gap, unit)}
            </span>
          ) : null}
        </>
      );
  }
}
