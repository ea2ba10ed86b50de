// A progress report's facts in the words of one language: the same words for
// the page, its print and its Word file, so the three never disagree.
import type { SourceView } from "@/features/published/selects";
import type { Unit } from "@/lib/domain/format";
import type { I18n } from "@/lib/i18n/i18n";
import { REPORT_VERDICTS, type FigureIn, type PillarReport, type ReportFacts, type ReportRow, type TargetIn } from "@/features/progress-report/facts";
import { comparatorSymbol } from "@/lib/domain/targets";

type Row = ReportRow<SourceView>;

/** "66,2% (Năm 2022)", and "(chưa công bố)" after a figure not yet published. */
export function figureText(figure: FigureIn<SourceView>, unit: Unit, t: I18n): string {
  return `${t.figure(figure, unit)} (${t.periodOf(figure)})${figure.unpublished ? ` — ${t.m.report.unpublished}` : ""}`;
}

/**
 * "+5,55 điểm %", "−120", or "—" without two figures; "tăng ít nhất 441",
 * "≈ +800" or "không so sánh chính xác được" where a figure is a range; where
 * less is better (a rank, overdue dossiers) the sign alone would mislead, so
 * it says which way: "+3 (kém đi)".
 */
export function changeText(row: Row, t: I18n): string {
  const { change } = row;
  if (change === null) return "—";
  const text = t.change(change, row.indicator.unit);
  if (row.indicator.direction !== "LOWER_IS_BETTER" || change.direction === "SAME" || change.direction === "UNKNOWN") return text;
  const { better, worse } = t.m.report.changeMeaning;
  return `${text} (${change.direction === "DOWN" ? better : worse})`;
}

export function targetText(target: TargetIn<SourceView>, unit: Unit, t: I18n): string {
  // "≥ 100%" says no more than "100%".
  const symbol = target.comparator === "GTE" && unit === "PERCENT" && target.value === 100 ? "" : `${comparatorSymbol(target.comparator)} `;
  return `${symbol}${t.value(target.value, unit)} (${target.year})`;
}

export function targetsText(row: Row, t: I18n): string {
  const { targets } = row;
  return targets.length > 0 ? targets.map((x) => targetText(x, row.indicator.unit, t)).join("; ") : t.m.report.noTarget;
}

/** The indicator's status against the target it is judged on, with why it cannot be given where it cannot, and a closed target's result beside it. */
export function verdictText(row: Row, t: I18n): string {
  const { m } = t;
  // A group's name covers both "behind" and "not achieved": a row says which of them it is.
  const words = row.verdict === "OFF_TRACK" ? m.status[row.status] : m.report.verdicts[row.verdict];
  const reason = row.verdict === "UNASSESSED" && row.reason ? ` (${m.reason[row.reason]})` : "";
  // A final verdict names the figure it rests on, whose it is, and the day a to-date figure stands at.
  const basis =
    row.final && row.evidence && (row.status === "ACHIEVED" || row.status === "NOT_ACHIEVED")
      ? `: ${m.report.verdictBasis(figureText(row.evidence.figure, row.indicator.unit, t), row.evidence.unit ? t.name(row.evidence.unit) : null)}`
      : "";
  const closedBasis = row.closed?.figure ? `: ${m.report.verdictBasis(figureText(row.closed.figure, row.indicator.unit, t), null)}` : "";
  const closed = row.closed ? ` (${m.report.sentence.final(row.closed.status === "ACHIEVED", row.closed.year)}${closedBasis})` : "";
  return `${words}${reason}${row.final ? ` — ${m.report.final}` : ""}${basis}${closed}`;
}

/** An indicator without a figure of the unit's own; a merged unit's says whose earlier figures there are. */
export function noDataText(row: Row, t: I18n): string {
  const name = t.name(row.indicator);
  if (row.predecessors.length === 0) return name;
  return `${name} (${t.m.report.onlyPredecessors(row.predecessors.map((p) => `${t.name(p.unit)}: ${figureText(p.latest, row.indicator.unit, t)}`).join("; "))})`;
}

/** What the open target still needs per quarter, in words. */
export function paceText(row: Row, t: I18n): string {
  const { m } = t;
  const open = row.openTarget;
  if (!open || row.latest === null) return "—";
  if (row.gap === 0) return m.report.paceMet(open.year);
  if (row.pacePerQuarter === null) return m.report.noQuarterLeft(open.year);
  return m.report.pace(approx(row, t) + t.difference(row.pacePerQuarter, row.indicator.unit), open.year);
}

/** The pillar's paragraph: only sentences that its figures support. */
export function paragraphText(pillar: PillarReport<SourceView>, t: I18n): string {
  const { m } = t;
  const s = m.report.sentence;
  return pillar.paragraph
    .map((sentence) => {
      switch (sentence.code) {
        case "COUNTS": {
          const others = REPORT_VERDICTS.filter((v) => v !== "ACHIEVED" && sentence.counts[v] > 0)
            .map((v) => `${sentence.counts[v]} ${m.report.verdicts[v].toLocaleLowerCase(t.locale)}`)
            .join("; ");
          return s.counts(sentence.counts.ACHIEVED, sentence.total, others);
        }
        case "NO_TARGETS":
          return s.noTargets(sentence.indicators);
        case "MOVED":
        case "ONE_FIGURE": {
          const { row, to } = sentence;
          const unit = row.indicator.unit;
          const change = sentence.code === "MOVED" ? row.change : null;
          const words = (figure: FigureIn<SourceView>) => [t.figure(figure, unit), t.periodOf(figure)] as const;
          const lead =
            sentence.code !== "MOVED" || !change
              ? s.one(t.name(row.indicator), ...words(to))
              : change.direction === "UNKNOWN"
                ? // A range on either side may lie above or below the other figure: no direction is claimed.
                  s.notComparable(t.name(row.indicator), ...words(sentence.from), ...words(to), change.unknownBecause === "OUT_OF" ? t.m.common.change.otherOutOf : t.m.common.change.unknown)
                : // A rank that goes up in number goes down the table: said in places, not as a rise.
                  unit === "RANK" && change.direction !== "SAME"
                  ? s.movedRank(t.name(row.indicator), change.direction === "DOWN", ...words(sentence.from), ...words(to))
                  : s.moved(t.name(row.indicator), change.direction, ...words(sentence.from), ...words(to));
          const kinds = change ? [!change.samePeriodKind ? t.m.common.change.otherKind : null, change.partial ? t.m.common.change.partial : null].filter((x): x is string => x !== null) : [];
          return `${[lead, ...kinds, ...standing(row, t)].join(s.join)}.`;
        }
      }
    })
    .join(" ");
}

/** Where the figure leaves the unit: the closed target's verdict, then the distance to the open one. */
function standing(row: Row, t: I18n): string[] {
  const s = t.m.report.sentence;
  const parts: string[] = [];
  if (row.final && row.target && (row.status === "ACHIEVED" || row.status === "NOT_ACHIEVED")) parts.push(s.final(row.status === "ACHIEVED", row.target.year));
  else if (row.closed) parts.push(s.final(row.closed.status === "ACHIEVED", row.closed.year));
  if (row.openTarget && row.gap !== null) {
    parts.push(row.gap === 0 ? s.met(row.openTarget.year) : s.gap(approx(row, t) + t.difference(row.gap, row.indicator.unit), row.openTarget.year));
  }
  return parts;
}

/** "≈ " before a gap or pace computed from a figure the source gives as a range. */
function approx(row: Row, t: I18n): string {
  return row.approximate ? `${t.m.common.approximately} ` : "";
}

/** One line per target year that is over: how many were achieved and not. */
export function closedLines(facts: ReportFacts<SourceView>, t: I18n): string[] {
  return facts.closed.map((c) => t.m.report.closedLine(c.year, c.achieved, c.notAchieved));
}

/** Every ranked year's rank, oldest first: "2022: 54/63 → 2024: 40/63"; null with fewer than two. */
export function dtiTrendText(facts: ReportFacts<SourceView>): string | null {
  const ranked = facts.dti.trend.filter((r) => r.rank !== null);
  return ranked.length < 2 ? null : ranked.map((r) => `${r.year}: ${r.rank}${r.rankedCount ? `/${r.rankedCount}` : ""}`).join(" → ");
}

/** "Năm 2024: xếp hạng 40/63, tăng 14 bậc so với năm 2022", or that there is none. */
export function dtiText(facts: ReportFacts<SourceView>, t: I18n): string {
  const { latest, previous, rankChange } = facts.dti;
  if (!latest || latest.rank === null) return t.m.report.noDti;
  const rank = t.m.report.dtiRank(latest.rank, latest.rankedCount, latest.year);
  return previous && rankChange !== null ? `${rank}, ${t.m.report.dtiChange(rankChange, previous.year)}` : rank;
}

/** "Title [English title] — publisher, date". */
export function sourceLine(source: SourceView, t: I18n): string {
  const { title: published, translation } = t.sourceTitle(source);
  const title = translation ? `${published} [${translation}]` : published;
  const details = [t.text(source.publisher, source.publisherEn), source.author, source.publishedOn ? t.date(source.publishedOn) : null].filter(Boolean);
  return details.length > 0 ? `${title} — ${details.join(", ")}` : title;
}
