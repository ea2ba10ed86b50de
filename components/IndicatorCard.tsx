import { IntentLink } from "@/components/ui/IntentLink";
import { LatestFigure } from "@/components/LatestFigure";
import { ProgressBar } from "@/components/ProgressBar";
import { Sparkline } from "@/components/Sparkline";
import { OtherVerdicts } from "@/components/OtherVerdicts";
import { SuccessorVerdictNote } from "@/components/SuccessorVerdictNote";
import { SourceCitation } from "@/components/SourceCitation";
import { StatusBadge } from "@/components/StatusBadge";
import { TargetText } from "@/components/TargetText";
import type { ScorecardRow } from "@/features/public-pages/scorecard";
import { useI18n } from "@/lib/i18n/server";
import { labelPeriod } from "@/lib/i18n/periods";

/** A period in Vietnamese words, for the working side (which speaks only Vietnamese). */
export const periodLabel = (code: string) => labelPeriod(code, "vi");

export const indicatorHref = (code: string, unit?: string) => `/indicators/${code}${unit ? `?p=${encodeURIComponent(unit)}` : ""}`;

/** One indicator of a scorecard: latest figure, target, bar, status, source. */
export function IndicatorCard({ row, unit, successorName }: { row: ScorecardRow; unit: string; successorName?: string }) {
  const { indicator, assessment } = row;
  const { latest, target, open } = assessment;
  const t = useI18n();
  const { m } = t;
  return (
    <article className="card" aria-labelledby={`${indicator.code}-name`}>
      <h3 id={`${indicator.code}-name`} className="text-sm font-semibold leading-snug">
        <IntentLink href={t.href(indicatorHref(indicator.code, unit))} className="link-quiet">
          {t.name(indicator)}
        </IntentLink>
      </h3>
      <LatestFigure
        latest={latest ? { figure: t.figure(latest, indicator.unit), period: t.periodOf(latest) } : null}
        className="text-2xl font-semibold tabular-nums"
        emptyClassName="text-lg text-slate-600"
        periodClassName="text-sm text-slate-600"
      />
      <Sparkline points={row.observations} unit={indicator.unit} target={target?.value} />
      {assessment.successorFigure && successorName ? <SuccessorVerdictNote figure={assessment.successorFigure} unit={indicator.unit} successorName={successorName} /> : null}
      {target ? (
        <p className="text-sm">
          {m.common.target}: <TargetText target={target} unit={indicator.unit} />
        </p>
      ) : null}
      {latest && target ? <ProgressBar value={latest.value} target={target.value} unit={indicator.unit} /> : null}
      <div className="flex flex-wrap items-center gap-2">
        {latest || assessment.successorFigure ? <StatusBadge progress={assessment.progress} bucket={assessment.bucket} targetYear={target?.year} /> : null}
        {open?.gap ? (
          <span className="text-xs text-slate-700">
            {m.common.gapTo(open.target.year)}: {open.approximate ? `${m.common.approximately} ` : ""}
            {t.difference(open.gap, indicator.unit)}
          </span>
        ) : null}
      </div>
      {latest ? (
        <p className="text-xs text-slate-700">
          {m.common.source}: <SourceCitation source={latest.source} />
        </p>
      ) : null}
      {row.observations
        .filter((o) => o.conflict)
        .map((o) => (
          <p key={o.period} role="note" className="rounded border border-amber-300 bg-amber-50 px-2 py-1 text-xs">
            <span aria-hidden="true">⚠ </span>
            <strong>
              {m.indicators.conflict} ({t.periodOf(o)}):
            </strong>{" "}
            <span lang="vi">{o.conflict}</span>
          </p>
        ))}
      {row.predecessors.length > 0 ? (
        <div className="rounded bg-slate-50 p-2 text-xs">
          <p id={`${indicator.code}-predecessors`} className="font-medium text-slate-700">
            {m.scorecard.predecessorHistory}
          </p>
          <ul className="mt-1 space-y-1.5" aria-labelledby={`${indicator.code}-predecessors`}>
            {row.predecessors.map(({ unit: before, observations }) => {
              const last = observations.at(-1)!;
              return (
                <li key={before.slug} data-unit={before.slug}>
                  <span className="font-medium">{t.name(before)}</span>:{" "}
                  <span className="font-semibold tabular-nums">{t.figure(last, indicator.unit)}</span> ({t.periodOf(last)})
                  <Sparkline points={observations} unit={indicator.unit} />
                  <span className="block text-slate-600">
                    {m.common.source}: <SourceCitation source={last.source} />
                  </span>
                </li>
              );
            })}
          </ul>
        </div>
      ) : null}
      <OtherVerdicts assessment={assessment} unit={indicator.unit} successorName={successorName} />
      <p className="no-print text-xs">
        <IntentLink href={t.href(indicatorHref(indicator.code, unit))} className="link">
          {m.scorecard.trend}
        </IntentLink>
      </p>
      {latest?.note || latest?.quote || assessment.verdicts.length > 0 || indicator.decision ? (
        <details className="text-xs text-slate-700">
          <summary className="cursor-pointer select-none text-slate-600">{m.common.sources}</summary>
          <ul className="mt-1 space-y-1">
            {latest?.note ? (
              <li>
                {m.common.note} ({t.periodOf(latest)}): <span lang="vi">{latest.note}</span>
              </li>
            ) : null}
            {latest?.quote ? (
              <li>
                {m.indicators.quote}: <q className="italic" lang="vi">{latest.quote}</q>
              </li>
            ) : null}
            {assessment.verdicts.map(({ target: goal }) => (
              <li key={goal.year}>
                {m.common.target} {goal.year}: <SourceCitation source={goal.source} />
                {goal.note ? <p className="text-slate-600" lang="vi">{goal.note}</p> : null}
              </li>
            ))}
            {indicator.decision ? (
              <li>
                {m.common.decision}: {indicator.decision}
              </li>
            ) : null}
          </ul>
        </details>
      ) : null}
    </article>
  );
}
