import { isApproximate } from "@/lib/domain/change";
import type { ChosenUnitView } from "@/features/public-pages/indicators";
import { lowerFirst, type Unit } from "@/lib/domain/format";
import type { I18n } from "@/lib/i18n/i18n";

/** "+2,1 điểm %" for a percentage, "+120" for a count; "≈ +2,1 điểm %" when computed from a figure given as a range. */
function signedAmount(amount: number, unit: Unit, approximate: boolean, t: I18n) {
  const magnitude = t.difference(Math.abs(amount), unit);
  return `${approximate ? `${t.m.common.approximately} ` : ""}${amount < 0 ? "−" : "+"}${magnitude}`;
}

/**
 * What a unit's status means, in a sentence or two built only from its
 * figures.
 */
export function statusSentence(
  view: ChosenUnitView,
  unit: Unit,
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER",
  t: I18n,
): string {
  const { m } = t;
  const s = m.indicators.sentence;
  const { assessment, projection, pathTarget } = view;
  // What the unit works towards now, when it is not the headline target (2030, or a 2026 target an admin added).
  // Compared by year: a cached read hands over copies, not the same objects.
  const open = assessment.open && assessment.open.target.year !== assessment.headline?.target.year ? assessment.open : null;
  const { progress, target, latest } = assessment;
  const approximate = latest !== null && isApproximate(latest);
  const trendApproximate = view.observations.some(isApproximate);
  // A unit merged away may still be judged on its successor's figure: that is one verdict, not "no data".
  if (!latest && !assessment.successorFigure) return s.unassessable(m.reason.NO_DATA);
  if (!target) return s.unassessable(m.reason.NO_TARGET);
  const headline = progress.final
    ? finalSentence(view, target.year, progress.status, unit, t)
    : paceSentence({ progress, pace: assessment.pacePerQuarter, year: target.year, projected: target === pathTarget ? projection : null, approximate, trendApproximate }, unit, direction, t);
  // A unit that exists today also hears about the next target it can still reach.
  if (!open) return headline;
  const openProgress = { status: open.status, reason: open.reason, ratio: open.ratio, final: open.final };
  const next = paceSentence({ progress: openProgress, pace: open.pacePerQuarter, year: open.target.year, projected: projection, approximate, trendApproximate }, unit, direction, t);
  return `${headline} ${m.common.target} ${open.target.year}: ${lowerFirst(next)}`;
}

function finalSentence(view: ChosenUnitView, year: number, status: string, unit: Unit, t: I18n) {
  const s = t.m.indicators.sentence;
  // The figure the verdict rests on: the successor's, where the rule of lib/domain/succession.ts applied.
  // The figure the verdict rests on, and whose, as the verdict itself says (lib/domain/verdict.ts).
  const evidence = view.assessment.headline?.evidence ?? null;
  const last = evidence?.figure;
  const value = last ? t.figure(last, unit) : "—";
  const period = last ? t.periodOf(last) : "—";
  const of = evidence?.whose === "SUCCESSOR" && view.successor ? t.name(view.successor) : undefined;
  if (status === "ACHIEVED") return s.finalAchieved(year, value, period, of);
  if (status === "NOT_ACHIEVED") return s.finalMissed(year, value, period, of);
  return s.finalUnknown(year);
}

function paceSentence(
  input: { progress: ChosenUnitView["assessment"]["progress"]; pace: number | null; year: number; projected: ChosenUnitView["projection"]; approximate: boolean; trendApproximate?: boolean },
  unit: Unit,
  direction: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER",
  t: I18n,
) {
  const { m } = t;
  const s = m.indicators.sentence;
  const { progress, pace, year, projected, approximate } = input;
  if (progress.status === "ACHIEVED") return s.achieved(year);
  const first = pace === null ? s.noQuarterLeft(year) : s.pace(signedAmount(direction === "LOWER_IS_BETTER" ? -pace : pace, unit, approximate, t), year);
  // A trend fitted through figures given as ranges is itself approximate.
  const trend = projected ? `; ${s.projection(`${input.trendApproximate ? `${m.common.approximately} ` : ""}${t.value(projected.to.value, unit)}`, year)}` : "";
  const reason = progress.status === "UNABLE_TO_ASSESS" && progress.reason ? ` (${m.reason[progress.reason]})` : "";
  return `${first}${trend}.${reason}`;
}
