import { periodLabel } from "@/components/IndicatorCard";
import type { ReportSheet } from "@/features/entry/reads";
import { largeChangeWarning } from "@/features/entry/schema";
import { formatNumber, formatValue } from "@/lib/domain/format";
import { vi as m } from "@/lib/i18n/messages";

/** Audit values are stored as text; numbers among them are shown the Vietnamese way. */
const auditValue = (text: string | null) => (text === null ? "—" : Number.isFinite(Number(text)) ? formatNumber(Number(text), "vi", 4) : text);

const time = new Intl.DateTimeFormat("vi-VN", { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" });

/** The period's figures beside each indicator's latest earlier figure, each with its history. */
export function ReportSheetTable({ sheet, threshold }: { sheet: ReportSheet; threshold: number }) {
  return (
    <div className="space-y-6">
      {sheet.pillars.map((pillar) => (
        <section key={pillar.code} aria-labelledby={`s-${pillar.code}`} className="space-y-2">
          <h2 id={`s-${pillar.code}`} className="text-lg font-semibold">{pillar.nameVi}</h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full min-w-[40rem] border-collapse text-sm">
              <thead>
                <tr className="border-b border-slate-300 bg-slate-50 text-left">
                  <th scope="col" className="p-2">{m.common.indicator}</th>
                  <th scope="col" className="p-2">{periodLabel(sheet.period)}</th>
                  <th scope="col" className="p-2">{m.entry.previousColumn}</th>
                  <th scope="col" className="p-2">{m.common.source}</th>
                </tr>
              </thead>
              <tbody>
                {pillar.rows.map(({ indicator, current, previous, history }) => {
                  const warning = largeChangeWarning(previous, current?.value ?? null, threshold);
                  return (
                    <tr key={indicator.id} className="border-b border-slate-200 align-top" data-indicator={indicator.code}>
                      <th scope="row" className="max-w-xs p-2 text-left font-normal">
                        {indicator.nameVi}
                        <FigureHistory history={history} />
                      </th>
                      <td className="p-2 tabular-nums" data-testid="current-value">
                        {current ? formatValue(current.value, indicator.unit, "vi") : m.common.noData}
                        {warning ? <p className="text-xs text-amber-800">⚠ {warning}</p> : null}
                      </td>
                      <td className="p-2 tabular-nums" data-testid="previous-value">
                        {previous === null ? (
                          m.common.noData
                        ) : (
                          <>
                            {formatValue(previous.value, indicator.unit, "vi")} <span className="text-xs text-slate-600">({periodLabel(previous.period)})</span>
                          </>
                        )}
                      </td>
                      <td className="p-2 text-xs">
                        {current?.source.title ?? ""}
                        {current?.note ? <p className="text-slate-600">{current.note}</p> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}

type HistoryEvent = ReportSheet["pillars"][number]["rows"][number]["history"][number];

/** Who changed a figure, when, from what to what, and why — newest first. */
export function FigureHistory({ history }: { history: HistoryEvent[] }) {
  return (
    <details className="mt-1 text-xs text-slate-600">
      <summary className="cursor-pointer">{m.entry.history}</summary>
      {history.length === 0 ? (
        <p>{m.entry.noHistory}</p>
      ) : (
        <ol className="mt-1 space-y-1">
          {history.map((event) => (
            <li key={event.id}>
              {time.format(event.at)} — {event.actor?.name ?? m.reportPage.system}: {m.auditActions[event.action] ?? event.action}
              {event.oldValue !== null || event.newValue !== null ? ` (${auditValue(event.oldValue)} → ${auditValue(event.newValue)})` : ""}
              {event.reason ? ` — ${event.reason}` : ""}
            </li>
          ))}
        </ol>
      )}
    </details>
  );
}
