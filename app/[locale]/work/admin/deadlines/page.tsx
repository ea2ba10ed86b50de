import { AdminForm, RecordButton } from "@/features/admin/AdminForm";
import { deleteDeadlineAction, saveDeadlineAction } from "@/features/admin/actions";
import { listDeadlines, unitChoices } from "@/features/admin/reads";
import { FormMessage, type FieldSpec } from "@/components/ui/Field";
import { cell, HeadRow, rowClass, Table } from "@/components/ui/Table";
import { DEFAULT_RULE, deadlineOf, PERIOD_KINDS, ruleFor, type DeadlineRule } from "@/lib/domain/deadline";
import { formatDate } from "@/lib/domain/format";
import { periodContaining, previousPeriod } from "@/lib/domain/period";
import { labelPeriod } from "@/lib/i18n/periods";
import { vi as m } from "@/lib/i18n/messages";

export const metadata = { title: m.admin.deadlines.heading };

type Kind = (typeof PERIOD_KINDS)[number];

export default async function DeadlinesAdminPage({ searchParams }: { searchParams: Promise<{ saved?: string; deleted?: string }> }) {
  const [{ saved, deleted }, rules, units] = await Promise.all([searchParams, listDeadlines(), unitChoices("deadlines")]);
  const t = m.admin.deadlines;
  const now = new Date();
  // The general rule of each kind, stored or by default, then each unit's own.
  const general = PERIOD_KINDS.map((kind) => ({ kind, rule: ruleFor(rules.filter((r) => r.provinceId === null), 0, kind) }));
  const own = rules.filter((r) => r.provinceId !== null);
  const fields: FieldSpec[] = [
    {
      name: "provinceId",
      label: t.appliesTo,
      kind: "select",
      hint: t.setHint,
      options: [{ value: "", label: t.everyUnit }, ...units.filter((u) => u.validTo === null).map((u) => ({ value: String(u.id), label: u.nameVi }))],
      wide: true,
    },
    { name: "periodKind", label: t.periodKind, kind: "select", options: PERIOD_KINDS.map((kind) => ({ value: kind, label: t.kinds[kind] })), required: true },
    { name: "cutoffDay", label: t.cutoffDay, kind: "number", required: true },
    { name: "dueDays", label: t.dueDays, kind: "number", required: true },
    { name: "remindDays", label: t.remindDays, kind: "number", required: true },
  ];
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.heading}</h1>
      <p className="max-w-3xl text-slate-700">{t.intro}</p>
      <p className="max-w-3xl text-sm text-slate-700">
        {t.defaults}
      </p>
      {saved ? <FormMessage tone="ok">{t.saved}</FormMessage> : null}
      {deleted ? <FormMessage tone="ok">{m.admin.deleted}</FormMessage> : null}
      <Table scrollHint={m.common.scrollHint} caption={t.heading} minWidth="48rem">
        <HeadRow labels={[t.appliesTo, t.periodKind, t.cutoffColumn, t.dueColumn, t.remindColumn, t.example, ""]} />
        <tbody>
          {general.map(({ kind, rule }) => (
            <RuleRow key={kind} unit={t.everyUnit} kind={kind} rule={rule} origin={t.origin[rule.origin]} now={now} />
          ))}
          {own.map((rule) => (
            <RuleRow key={rule.id} unit={rule.province?.nameVi ?? ""} kind={rule.periodKind} rule={rule} origin={t.origin.UNIT} now={now}>
              <RecordButton action={deleteDeadlineAction} id={rule.id} label={t.remove} confirm={t.removeConfirm} />
            </RuleRow>
          ))}
        </tbody>
      </Table>
      <section aria-labelledby="set-deadline" className="max-w-3xl space-y-2 rounded-lg border border-slate-200 bg-white p-4">
        <h2 id="set-deadline" className="text-lg font-semibold">
          {t.set}
        </h2>
        <AdminForm
          action={saveDeadlineAction}
          schema="deadline"
          fields={fields}
          values={{ provinceId: "", periodKind: "QUARTER", cutoffDay: String(DEFAULT_RULE.cutoffDay), dueDays: String(DEFAULT_RULE.dueDays), remindDays: String(DEFAULT_RULE.remindDays) }}
          submitLabel={t.set}
        />
      </section>
    </div>
  );
}

function RuleRow({ unit, kind, rule, origin, now, children }: { unit: string; kind: Kind; rule: DeadlineRule; origin: string; now: Date; children?: React.ReactNode }) {
  const t = m.admin.deadlines;
  // The latest period of the kind that has ended, to show the rule as dates.
  const period = previousPeriod(periodContaining(kind, now));
  const deadline = deadlineOf(period, rule);
  return (
    <tr className={rowClass} data-rule={`${unit}/${kind}`}>
      <th scope="row" className={`${cell} text-left font-medium`}>
        {unit} <span className="block text-xs font-normal text-slate-600">{origin}</span>
      </th>
      <td className={cell}>{t.kinds[kind]}</td>
      <td className={cell}>{t.cutoffValue(rule.cutoffDay)}</td>
      <td className={cell}>{t.dueValue(rule.dueDays)}</td>
      <td className={cell}>{t.remindValue(rule.remindDays)}</td>
      <td className={cell}>{t.exampleValue(labelPeriod(period.code, "vi"), formatDate(deadline.cutoff, "vi"), formatDate(deadline.due, "vi"))}</td>
      <td className={cell}>{children}</td>
    </tr>
  );
}
