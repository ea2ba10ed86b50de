import { can } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";
import { templateCsv, templateXlsx } from "@/features/import/service";
import { parsePeriod } from "@/lib/domain/period";
import { reportingWindowProblem } from "@/lib/domain/reporting-window";
import { getCurrentUser } from "@/lib/server/session";

export const dynamic = "force-dynamic";

/** The import template of a unit and period: one row per indicator, what is stored now filled in. */
export async function GET(request: Request) {
  const params = new URL(request.url).searchParams;
  const [user, unit] = await Promise.all([
    getCurrentUser(),
    db.province.findUnique({ where: { slug: params.get("unit") ?? "" }, select: { id: true, slug: true, nameVi: true, validFrom: true, validTo: true } }),
  ]);
  const period = parsePeriod(params.get("period") ?? "");
  const headers = { "Cache-Control": "private, no-store" };
  if (!unit || !can(user, "report.edit", unit.id)) return new Response("Not found", { status: 404, headers });
  if (!period || reportingWindowProblem(period, unit, new Date())) return new Response("Bad period", { status: 400, headers });
  const name = `mau-nhap-${unit.slug}-${period.code}`;
  if (params.get("format") === "csv") {
    return new Response(await templateCsv(unit, period.code), {
      headers: { ...headers, "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="${name}.csv"` },
    });
  }
  return new Response(Buffer.from(await templateXlsx(unit, period.code)), {
    headers: {
      ...headers,
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": `attachment; filename="${name}.xlsx"`,
    },
  });
}
