import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ProgressReport } from "@/features/progress-report/ProgressReport";
import { getInternalReport } from "@/features/progress-report/reads";
import { vi as m } from "@/lib/i18n/messages";
import { getCurrentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: m.report.heading, robots: { index: false } };

type Props = { params: Promise<{ province: string; period: string }> };

/** The internal progress report: approved figures not yet published are in it, each marked. Officials and admins of the unit. */
export default async function InternalReportPage({ params }: Props) {
  const [{ province, period }, user] = await Promise.all([params, getCurrentUser()]);
  if (!user) redirect(`/sign-in?next=/work/reports/${province}/${period}/summary`);
  const report = await getInternalReport(user, province, period);
  if (!report) notFound();
  return (
    <div className="space-y-4">
      <p className="no-print text-sm">
        <Link href={`/work/reports/${province}/${period}`} className="underline underline-offset-2">
          {m.report.backToSheet}
        </Link>
      </p>
      <ProgressReport report={report} internal docxHref={`/work/reports/${report.unit.slug}/${report.period.code}/summary/docx`} />
    </div>
  );
}
