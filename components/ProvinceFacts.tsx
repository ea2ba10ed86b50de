import { SourceCitation } from "@/components/SourceCitation";
import type { ProvinceProfile } from "@/lib/data/scorecard";
import { formatQualified } from "@/lib/format";
import { vi as m } from "@/lib/i18n/messages";

/** Profile figures and plans of a province, each with its source. */
export function ProvinceFacts({ facts }: { facts: ProvinceProfile["facts"] }) {
  return (
    <dl className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
      {facts.map((fact) => (
        <div key={fact.key} className="rounded-lg border border-slate-200 bg-white p-3">
          <dt className="text-sm text-slate-600">{m.facts[fact.key] ?? fact.key}</dt>
          <dd className="mt-1">
            {fact.value !== null && fact.unit ? (
              <span className="text-lg font-semibold tabular-nums">
                {formatQualified(fact.value, fact.unit, fact.qualifier, "vi")}
                {fact.period ? <span className="ml-2 text-sm font-normal text-slate-600">({fact.period})</span> : null}
              </span>
            ) : (
              <span className="text-sm">{fact.textVi}</span>
            )}
            <p className="mt-1 text-xs text-slate-600">
              {m.common.source}: <SourceCitation source={fact.source} />
            </p>
          </dd>
        </div>
      ))}
    </dl>
  );
}
