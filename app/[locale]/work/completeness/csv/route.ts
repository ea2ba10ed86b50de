import { toCsv } from "@/lib/domain/csv";
import { getCompleteness } from "@/features/review/completeness";
import { getCurrentUser } from "@/lib/server/session";

export const dynamic = "force-dynamic";

/** The completeness grid as CSV: one row per unit, period and pillar, with the report's due date and, until it is submitted, how it stands. */
export async function GET() {
  const user = await getCurrentUser();
  const data = user ? await getCompleteness(user) : null;
  if (!data) return new Response("Not found", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  const body = toCsv(
    ["unit", "unit_name", "period", "status", "pillar", "entered", "expected", "missing_indicators", "due_date", "due_state", "days_overdue"],
    data.rows.flatMap((row) =>
      row.pillars.map((p) => [
        row.unit.slug,
        row.unit.nameVi,
        row.period,
        row.status ?? "NOT_STARTED",
        p.pillar,
        p.entered,
        p.expected,
        p.missing.join(" "),
        row.due.date.toISOString().slice(0, 10),
        row.due.state?.kind ?? "SUBMITTED",
        row.due.state?.kind === "OVERDUE" ? row.due.state.days : "",
      ]),
    ),
  );
  return new Response(body, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="dti-completeness.csv"', "Cache-Control": "private, no-store" },
  });
}
