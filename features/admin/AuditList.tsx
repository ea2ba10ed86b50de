import type { FieldSpec } from "@/components/ui/Field";
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

/**
 * A record's changes in words: when, who, what ("Khóa tài khoản Nguyễn Thị
 * Lan"), and for each field its label with the old and new value, a choice
 * shown by its label rather than its stored code.
 */
export function AuditList({ events, record, fields }: { events: readonly AuditRow[]; record: string; fields: readonly FieldSpec[] }) {
  const specOf = new Map(fields.map((f) => [f.name, f]));
  const shown = (field: string, value: string | null) => {
    if (value === null || value === "") return "∅";
    return specOf.get(field)?.options?.find((o) => o.value === value)?.label ?? value;
  };
  return (
    <section aria-labelledby="audit-heading" className="space-y-2">
      <h2 id="audit-heading" className="text-lg font-semibold">
        {m.admin.audit}
      </h2>
      {events.length === 0 ? (
        <p className="text-sm text-slate-600">{m.admin.auditEmpty}</p>
      ) : (
        <ol className="space-y-1 text-sm">
          {events.map((e) => (
            <li key={e.id} className="border-b border-slate-200 pb-1" data-action={e.action}>
              <time dateTime={e.at.toISOString()} className="tabular-nums text-slate-600">
                {e.at.toLocaleString("vi-VN", { timeZone: "Asia/Ho_Chi_Minh" })}
              </time>{" "}
              — {e.actor?.name ?? m.reportPage.system}: {m.admin.auditActions[e.action] ?? e.action} {record}
              {e.field ? (
                <>
                  {" "}
                  — <strong>{specOf.get(e.field)?.label ?? e.field}</strong>: {shown(e.field, e.oldValue)} → {shown(e.field, e.newValue)}
                </>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
