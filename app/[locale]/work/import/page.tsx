import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImportPanel } from "@/features/import/ImportPanel";
import { can } from "@/lib/security/authorization";
import { listWorkProvinces } from "@/features/entry/reads";
import { vi as m } from "@/lib/i18n/messages";
import { dueFirst, recentPeriods } from "@/lib/domain/period";
import { labelPeriod } from "@/lib/i18n/periods";
import { reportingWindowProblem } from "@/lib/domain/reporting-window";
import { getCurrentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: m.import.title, robots: { index: false } };

export default async function ImportPage({ searchParams }: { searchParams: Promise<{ unit?: string; period?: string }> }) {
  const [user, { unit, period }] = await Promise.all([getCurrentUser(), searchParams]);
  if (!user) notFound();
  const now = new Date();
  const units = (await listWorkProvinces(user))
    .filter((u) => can(user, "report.edit", u.id))
    .map((u) => {
      const periods = recentPeriods(now, { quarters: 12, years: 3 }).filter((p) => reportingWindowProblem(p, u, now) === null);
      return {
        id: u.id,
        slug: u.slug,
        nameVi: u.nameVi,
        periods: periods.map((p) => ({ code: p.code, label: labelPeriod(p.code, "vi") })),
        due: dueFirst(periods, now)?.code ?? null,
      };
    });
  if (units.length === 0) notFound();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{m.import.title}</h1>
      <p className="max-w-prose text-slate-700">{m.import.intro}</p>
      <ImportPanel units={units} initialUnit={unit} initialPeriod={period} />
    </div>
  );
}
