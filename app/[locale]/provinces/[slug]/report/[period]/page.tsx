import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/IntentLink";
import { notFound } from "next/navigation";
import { ProgressReport } from "@/features/progress-report/ProgressReport";
import { paragraphText } from "@/features/progress-report/words";
import { published } from "@/features/published/published";
import { getI18n } from "@/lib/i18n/server";
import { clip, shareMetadata } from "@/features/public-pages/share";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; period: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ slug, period }, t] = await Promise.all([params, getI18n()]);
  const report = await published.report(slug, period);
  if (!report) return { title: t.m.errors.notFoundTitle };
  const periodName = t.period(report.period.code);
  return shareMetadata({
    title: t.m.report.title(t.name(report.unit), periodName),
    description: clip(report.facts.pillars.map((p) => `${t.name(p)}: ${paragraphText(p, t)}`).join(" ")),
    path: `/provinces/${report.unit.slug}/report/${report.period.code}`,
    t,
    image: true,
  });
}

/** The public progress report of a unit for a period: published figures only. */
export default async function PublicReportPage({ params }: Props) {
  const [{ slug, period }, t] = await Promise.all([params, getI18n()]);
  const report = await published.report(slug, period);
  if (!report) notFound();
  return (
    <div className="space-y-4">
      <p className="no-print text-sm">
        <IntentLink href={t.href(`/provinces/${report.unit.slug}`)} className="underline underline-offset-2">
          {t.m.scorecard.heading(t.name(report.unit))}
        </IntentLink>
      </p>
      <ProgressReport report={report} internal={false} docxHref={t.href(`/provinces/${report.unit.slug}/report/${report.period.code}/docx`)} />
    </div>
  );
}
