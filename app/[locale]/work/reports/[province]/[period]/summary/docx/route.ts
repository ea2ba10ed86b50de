import { frameFor, getInternalReport } from "@/features/progress-report/reads";
import { i18nFor } from "@/lib/i18n/i18n";
import { DOCX_TYPE, reportDocx, reportFileName } from "@/features/progress-report/docx";
import { getCurrentUser } from "@/lib/server/session";

export const dynamic = "force-dynamic";

const PRIVATE = { "Cache-Control": "private, no-store" };

/** The internal progress report as a Word document to sign (Decree 30/2020/NĐ-CP), unpublished figures marked on every page. */
export async function GET(_request: Request, { params }: { params: Promise<{ province: string; period: string }> }) {
  const [{ province, period }, user] = await Promise.all([params, getCurrentUser()]);
  const report = user ? await getInternalReport(user, province, period) : null;
  if (!report) return new Response("Not found", { status: 404, headers: PRIVATE });
  // A document to sign: the frame the unit's officials stored for this period, else the one it would start from.
  const { frame } = await frameFor(report.unit, report.period.code);
  const body = await reportDocx(report, i18nFor("vi"), { internal: true, frame });
  return new Response(new Uint8Array(body), {
    headers: { ...PRIVATE, "Content-Type": DOCX_TYPE, "Content-Disposition": `attachment; filename="${reportFileName(report, "vi", true)}"` },
  });
}
