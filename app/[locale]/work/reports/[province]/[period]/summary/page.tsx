import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { ProgressReport } from "@/features/progress-report/ProgressReport";
import { frameFor, getInternalReport } from "@/features/progress-report/reads";
import { FrameForm } from "@/features/progress-report/FrameForm";
import type { DocumentFrame } from "@/features/progress-report/frame";
import { FormMessage } from "@/components/ui/Field";
import { formatDate } from "@/lib/domain/format";
import { can } from "@/lib/security/authorization";
import { vi as m } from "@/lib/i18n/messages";
import { getCurrentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: m.report.heading, robots: { index: false } };

type Props = { params: Promise<{ province: string; period: string }>; searchParams: Promise<{ frame?: string }> };

/** The internal progress report: approved figures not yet published are in it, each marked. Officials and admins of the unit. */
export default async function InternalReportPage({ params, searchParams }: Props) {
  const [{ province, period }, { frame: frameSaved }, user] = await Promise.all([params, searchParams, getCurrentUser()]);
  if (!user) redirect(`/sign-in?next=/work/reports/${province}/${period}/summary`);
  const report = await getInternalReport(user, province, period);
  if (!report) notFound();
  const mayFrame = can(user, "report.document", report.unit.id);
  const { frame, storedAt } = await frameFor(report.unit, report.period.code);
  const f = m.report.frame;
  return (
    <div className="space-y-4">
      <p className="no-print text-sm">
        <Link href={`/work/reports/${province}/${period}`} className="underline underline-offset-2">
          {m.report.backToSheet}
        </Link>
      </p>
      {mayFrame ? (
        <details className="no-print rounded-lg border border-slate-200 bg-white p-4" open={storedAt === null || frameSaved !== undefined}>
          <summary className="cursor-pointer text-lg font-semibold">{f.heading}</summary>
          <div className="mt-3 space-y-3">
            <p className="max-w-3xl text-sm text-slate-700">{f.intro}</p>
            {frameSaved ? <FormMessage tone="ok">{f.saved}</FormMessage> : null}
            <p className="text-sm text-slate-700">{storedAt ? f.stored(formatDate(storedAt, "vi", "Asia/Ho_Chi_Minh")) : f.unsaved}</p>
            <FrameForm unit={report.unit.slug} period={report.period.code} values={frameValues(frame)} />
          </div>
        </details>
      ) : null}
      <ProgressReport report={report} internal docxHref={`/work/reports/${report.unit.slug}/${report.period.code}/summary/docx`} />
    </div>
  );
}

/** The frame as the form's fields: a date as yyyy-mm-dd, one recipient per line. */
function frameValues(frame: DocumentFrame): Record<string, string> {
  return { ...frame, issuedOn: frame.issuedOn.toISOString().slice(0, 10), recipients: frame.recipients.join("\n") };
}
