import { NextResponse, type NextRequest } from "next/server";
import { parsePeriod } from "@/lib/period";

/** The "open a report" form posts here by GET, so it works without JavaScript. */
export function GET(request: NextRequest) {
  const province = request.nextUrl.searchParams.get("province") ?? "";
  const period = parsePeriod(request.nextUrl.searchParams.get("period") ?? "");
  if (!/^[a-z0-9-]+$/.test(province) || !period) {
    return NextResponse.redirect(new URL("/work?invalid=1", request.url), 303);
  }
  return NextResponse.redirect(new URL(`/work/reports/${province}/${period.code}`, request.url), 303);
}
