// The one verdict for a unit, an indicator and a target: its status, the
// figure it rests on (the unit's own, or its successor's for a year the unit
// did not finish), whether that figure is a range or stands at a day before
// its period ends, and what is still to go while the target is open. Every
// surface renders these objects; none derives a status of its own.
import { isApproximate } from "@/lib/domain/change";
import type { Qualifier } from "@/lib/domain/format";
import { gapToTarget, pacePerQuarter, progressStatus, type ProgressStatus, type UnassessableReason } from "@/lib/domain/progress";
import { successorVerdict } from "@/lib/domain/succession";
import type { Comparator, Direction } from "@/lib/domain/targets";

export interface JudgedFigure {
  periodEnd: Date;
  value: number;
  period?: string;
  qualifier?: Qualifier;
  asOf?: Date | null;
}

export interface JudgedTarget {
  year: number;
  comparator: Comparator;
  value: number;
}

export type Whose = "OWN" | "SUCCESSOR";

export interface Verdict<O, T> {
  target: T;
  status: ProgressStatus;
  reason: UnassessableReason | null;
  /** Observed ÷ required growth, where the Open SDG method computed one. */
  ratio: number | null;
  /** The target year is over: the status will not move with new figures. */
  final: boolean;
  /** The target's year is after the unit ended: it passed to the unit that carries it on and is not judged here. */
  passedOn: boolean;
  /** The figure the status rests on and whose it is; null when there is none. */
  evidence: { figure: O; whose: Whose } | null;
  /** The evidence is a range ("hơn 99 %") or stands at a day before its period ends: say so with it. */
  approximate: boolean;
  /** Still to go, in the indicator's unit, while the target is open for a unit that exists; 0 once met. */
  gap: number | null;
  /** Per quarter until the end of the target year; null when no quarter is left or nothing is to be kept. */
  pacePerQuarter: number | null;
}

/**
 * Judges one target. `observations` are the unit's own figures in order;
 * `successor` the figures of the unit it became, for a unit that ended.
 */
export function judgeTarget<O extends JudgedFigure, T extends JudgedTarget>(input: {
  direction: Direction;
  observations: readonly O[];
  target: T;
  asOf: Date;
  unitEnd: Date | null;
  successor?: readonly O[];
}): Verdict<O, T> {
  const { direction, observations, target, asOf, unitEnd } = input;
  const ended = unitEnd !== null && unitEnd.getTime() < asOf.getTime();
  const base = { target, passedOn: false, ratio: null, gap: null, pacePerQuarter: null };
  if (ended && target.year > unitEnd.getUTCFullYear()) {
    return { ...base, status: "UNABLE_TO_ASSESS", reason: null, final: false, passedOn: true, evidence: null, approximate: false };
  }
  const bySuccessor = input.successor
    ? successorVerdict({ unitEnd, target, successorObservations: input.successor.map((o) => ({ ...o, period: o.period ?? "", observation: o })), asOf })
    : null;
  if (bySuccessor) {
    const figure = bySuccessor.figure.observation;
    return { ...base, status: bySuccessor.status, reason: null, final: true, evidence: { figure, whose: "SUCCESSOR" }, approximate: roughly(figure) };
  }
  const progress = progressStatus({ points: [...observations], target, direction, asOf });
  const latest = observations.at(-1) ?? null;
  // A final verdict rests on the last figure of the target year or before; an open one on the latest.
  const figure = progress.final ? (observations.filter((o) => o.periodEnd.getUTCFullYear() <= target.year).at(-1) ?? null) : latest;
  const evidence = figure ? { figure, whose: "OWN" as const } : null;
  const open = !progress.final && !ended && latest !== null;
  return {
    ...base,
    status: progress.status,
    reason: progress.reason,
    ratio: progress.ratio,
    final: progress.final,
    evidence,
    approximate: figure !== null && roughly(figure),
    gap: open ? gapToTarget(latest.value, target, direction) : null,
    pacePerQuarter: open ? pacePerQuarter({ latest: latest.value, target, direction, asOf }) : null,
  };
}

/** The verdict against the first target whose year is not over and that the unit still keeps: what it is working towards. */
export function openVerdict<O, T>(verdicts: readonly Verdict<O, T>[]): Verdict<O, T> | null {
  return verdicts.find((v) => !v.final && !v.passedOn) ?? null;
}

function roughly(figure: JudgedFigure): boolean {
  return (figure.qualifier !== undefined && isApproximate({ qualifier: figure.qualifier })) || Boolean(figure.asOf);
}
