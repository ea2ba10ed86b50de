import { parsePeriod } from "@/lib/domain/period";
import { seeOther } from "@/lib/server/redirect";

/** The "open a report" form posts here by GET, so it works without JavaScript. */
export function GET(request: Request) {
  const query = new URL(request.url).searchParams;
  const province = query.get("province") ?? "";
  const period = parsePeriod(query.get("period") ?? "");
  if (!/^[a-z0-9-]+$/.test(province) || !period) return seeOther("/work?invalid=1");
  return seeOther(`/work/reports/${province}/${period.code}`);
}
