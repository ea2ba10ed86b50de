// The verdict the review sheet shows beside a figure: this period's figure,
// after the unit's earlier ones, judged against the target shown beside it
// by the assessment every public surface uses (lib/domain/assessment.ts), as
// it stood the day after the period ended — as the progress report judges.
// A missing figure gets none: an empty box is not a zero.
import { assessIndicator, type StatusBucket } from "@/lib/domain/assessment";
import type { Qualifier } from "@/lib/domain/format";
import type { ProgressResult } from "@/lib/domain/progress";
import type { Comparator, Direction } from "@/lib/domain/targets";

export interface SheetFigure {
  period: string;
  periodEnd: Date;
  value: number;
  qualifier: Qualifier;
  asOf: Date | null;
}

export type SheetVerdict =
  /** No figure for this period: nothing to judge. */
  | { kind: "NO_FIGURE" }
  /** The target's year is after the unit ended: it is judged on the unit that carries it on, not here. */
  | { kind: "PASSED_ON"; year: number }
  | {
      kind: "JUDGED";
      /** ACHIEVED, ON_TRACK, OFF_TRACK or UNASSESSED: the overview's groups. */
      bucket: StatusBucket;
      /** The status within the group and, when it cannot be assessed, why. */
      progress: ProgressResult;
      /** The target's year; null when there is no target. */
      year: number | null;
      /** The figure is a range ("hơn 99 %") or stands at a day before its period ends: its gap is approximate. */
      approximate: boolean;
      /** Still to go to an open target, in the indicator's unit; 0 once met, null when nothing is to be kept. */
      gap: number | null;
    };

/** The day after `periodEnd`: the period is over, so a target of its year that ends with it gets its final verdict. */
export const judgedOn = (periodEnd: Date) => new Date(periodEnd.getTime() + 86_400_000);

export function sheetVerdict(input: {
  direction: Direction;
  /** The unit's figures of earlier periods, in any order. */
  earlier: readonly SheetFigure[];
  current: SheetFigure | null;
  target: { year: number; comparator: Comparator; value: number } | null;
  asOf: Date;
  unitEnd: Date | null;
}): SheetVerdict {
  const { direction, earlier, current, target, asOf, unitEnd } = input;
  if (current === null) return { kind: "NO_FIGURE" };
  const assessment = assessIndicator({ direction, observations: [...earlier, current], targets: target ? [target] : [], asOf, unitEnd });
  const verdict = assessment.verdicts[0];
  if (verdict?.passedOn) return { kind: "PASSED_ON", year: verdict.target.year };
  return {
    kind: "JUDGED",
    bucket: assessment.bucket,
    progress: assessment.progress,
    year: verdict?.target.year ?? null,
    approximate: verdict?.approximate ?? false,
    gap: verdict?.gap ?? null,
  };
}
