import { vi as m } from "@/lib/i18n/messages";

interface AuditRow {
  id: number;
  at: Date;
  action: string;
  field: string | null;
  oldValue: string | null;
  newValue: string | null;
  actor: { name: string } | null;
}

/** A record's changes: when, who, which field, old → new. */
export function AuditList({ events }: { events: readonly AuditRow[] }) {
  return (
    <section aria-labelledby="audit-heading" className="space-y-2">
      <h2 id="audit-heading" className="text-lg font-semibold">
        {m.admin.audit}
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-slate-600">{m.admin.auditEmpty}</p>
      ) : (
        <ol className="space-y-1 text-sm" data-testid="admin-audit">
          {events.map((e) => (
            <li key={e.id} className="border-b border-slate-200 pb-1">
              <time dateTime={e.at.toISOString()} className="tabular-nums text-slate-600">
                {e.at.toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })}
              </time>{" "}
              — {e.actor?.name ?? "—"}: <code className="text-xs">{e.action}</code>
              {e.field ? (
                <>
                  {" "}
                  <strong>{e.field}</strong>: {e.oldValue ?? "∅"} → {e.newValue ?? "∅"}
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
