import { parsePeriod } from "@/lib/domain/period";
import { can } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";
import { seeOther } from "@/lib/server/redirect";
import { getCurrentUser } from "@/lib/server/session";

export const dynamic = "force-dynamic";

/** The "open a report" form posts here by GET, so it works without JavaScript. */
export async function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const province = query.get("province") ?? "";
  const period = parsePeriod(query.get("period") ?? "");
  const user = await getCurrentUser();
  if (!user) return seeOther("/sign-in?next=/work");
  if (!/^[a-z0-9-]+$/.test(province) || !period) return seeOther("/work?invalid=1");
  const unit = await db.province.findUnique({ where: { slug: province }, select: { id: true } });
  // A unit the person may not open gets the same answer as one that does not exist, so neither is revealed.
  if (!unit || !can(user, "report.view", unit.id)) return seeOther("/work?invalid=1");
  return seeOther(`/work/reports/${province}/${period.code}`);
}
