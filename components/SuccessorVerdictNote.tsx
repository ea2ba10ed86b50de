import { SourceCitation } from "@/components/SourceCitation";
import type { SourceView } from "@/features/published/selects";
import type { Qualifier, Unit } from "@/lib/domain/format";
import { useI18n } from "@/lib/i18n/server";

/** Says that a verdict rests on the figure of the unit this one merged into (lib/domain/succession.ts). */
export function SuccessorVerdictNote({
  figure,
  unit,
  successorName,
}: {
  figure: { value: number; qualifier: Qualifier; period: string; source: SourceView };
  unit: Unit;
  successorName: string;
}) {
  const t = useI18n();
  return (
    <p role="note" className="rounded border border-sky-200 bg-sky-50 px-2 py-1 text-xs">
      {t.m.succession.note(successorName, t.figure(figure, unit), t.periodOf(figure))}{" "}
      <span className="text-slate-600">
        {t.m.common.source}: <SourceCitation source={figure.source} />
      </span>
    </p>
  );
}
