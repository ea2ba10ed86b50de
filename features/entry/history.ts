// A figure's audit history worded for the page: who changed it, when, from
// what to what, and why. Worded on the server, for the review and for the
// entry form alike, so the browser's clock and locale data never reword a
// line the server wrote.
import { formatValue, type Unit } from "@/lib/domain/format";
import { vi as m } from "@/lib/i18n/messages";

export interface HistoryEvent {
  id: number;
  at: Date;
  action: string;
  oldValue: string | null;
  newValue: string | null;
  reason: string | null;
  actor: { name: string } | null;
}

export interface HistoryLine {
  id: number;
  text: string;
}

/** Audit values are stored as text; numbers among them are shown the Vietnamese way, with the indicator's unit. */
const auditValue = (text: string | null, unit: Unit) => (text === null ? "—" : Number.isFinite(Number(text)) ? formatValue(Number(text), unit, "vi") : text);

const time = new Intl.DateTimeFormat("vi-VN", { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" });

/** One line per event, in the order given (newest first). */
export function historyLines(events: readonly HistoryEvent[], unit: Unit): HistoryLine[] {
  return events.map((event) => ({
    id: event.id,
    text:
      `${time.format(event.at)} — ${event.actor?.name ?? m.reportPage.system}: ${m.auditActions[event.action] ?? event.action}` +
      (event.oldValue !== null || event.newValue !== null ? ` (${auditValue(event.oldValue, unit)} → ${auditValue(event.newValue, unit)})` : "") +
      (event.reason ? ` — ${event.reason}` : ""),
  }));
}
