import type { ChosenUnitView } from "@/lib/data/indicators";
import { formatNumber, formatQualified, formatValue, type Unit } from "@/lib/format";
import { vi as m } from "@/lib/i18n/messages";

const s = m.indicators.sentence;

/** "+2,1 điểm %" for a percentage, "+120" for a count. */
function signedAmount(amount: number, unit: Unit) {
  const magnitude = unit === "PERCENT" ? `${formatNumber(Math.abs(amount), "vi", 2)} ${m.common.percentagePoints}` : formatValue(Math.abs(amount), unit, "vi");
  return `${amount < 0 ? "−" : "+"}${magnitude}`;
}

/** What a unit's status means, in one sentence built only from its figures. */
export function statusSentence(view: ChosenUnitView, unit: Unit, direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER"): string {
  const { assessment, projection } = view;
  const { progress, target, latest } = assessment;
  if (!latest) return s.unassessable(m.reason.NO_DATA);
  if (!target) return s.unassessable(m.reason.NO_TARGET);
  if (progress.final) {
    const lastOfYear = view.observations.filter((o) => o.periodEnd.getUTCFullYear() <= target.year).at(-1);
    if (progress.status === "ACHIEVED") return s.finalAchieved(target.year, lastOfYear ? formatQualified(lastOfYear.value, unit, lastOfYear.qualifier, "vi") : "—");
    if (progress.status === "NOT_ACHIEVED") return s.finalMissed(target.year, lastOfYear ? formatQualified(lastOfYear.value, unit, lastOfYear.qualifier, "vi") : "—");
    return s.finalUnknown(target.year);
  }
  if (progress.status === "ACHIEVED") return s.achieved(target.year);
  const pace = assessment.pacePerQuarter;
  const first =
    pace === null ? s.noQuarterLeft(target.year) : s.pace(signedAmount(direction === "LOWER_IS_BETTER" ? -pace : pace, unit), target.year);
  const trend = projection ? `; ${s.projection(formatValue(projection.to.value, unit, "vi"), target.year)}` : "";
  const reason = progress.status === "UNABLE_TO_ASSESS" && progress.reason ? ` (${m.reason[progress.reason]})` : "";
  return `${first}${trend}.${reason}`;
}
