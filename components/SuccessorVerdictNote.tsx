import { SourceCitation } from "@/components/SourceCitation";
import type { SourceView } from "@/lib/data/selects";
import { formatQualified, type Qualifier, type Unit } from "@/lib/format";
import { vi as m } from "@/lib/i18n/messages";
import { labelPeriod } from "@/lib/period";

/** Says that a verdict rests on the figure of the unit this one merged into (lib/succession.ts). */
export function SuccessorVerdictNote({
  figure,
  unit,
  successorName,
}: {
  figure: { value: number; qualifier: Qualifier; period: string; source: SourceView };
  unit: Unit;
  successorName: string;
}) {
  return (
    <p className="rounded border border-sky-200 bg-sky-50 px-2 py-1 text-xs" data-testid="successor-verdict">
      {m.succession.note(successorName, formatQualified(figure.value, unit, figure.qualifier, "vi"), labelPeriod(figure.period, "vi"))}{" "}
      <span className="text-slate-600">
        {m.common.source}: <SourceCitation source={figure.source} />
      </span>
    </p>
  );
}
