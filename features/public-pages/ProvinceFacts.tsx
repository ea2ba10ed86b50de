import { SourceCitation } from "@/components/SourceCitation";
import type { ProvinceProfile } from "@/features/public-pages/scorecard";
import { useI18n } from "@/lib/i18n/server";

/** Profile figures and plans of a province, each with its source. */
export function ProvinceFacts({ facts }: { facts: ProvinceProfile["facts"] }) {
  const t = useI18n();
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {facts.map((fact) => (
        <div key={fact.key} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-600">{t.m.facts[fact.key] ?? fact.key}</dt>
          <dd className="mt-1">
            {fact.value !== null && fact.unit ? (
              <span className="text-lg font-semibold tabular-nums">
                {t.qualified(fact.value, fact.unit, fact.qualifier)}
                {fact.period ? <span className="ml-2 text-sm font-normal text-slate-600">({fact.period})</span> : null}
              </span>
            ) : (
              <span className="text-sm">{t.text(fact.textVi, fact.textEn)}</span>
            )}
            <p className="mt-1 text-xs text-slate-600">
              {t.m.common.source}: <SourceCitation source={fact.source} />
            </p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
