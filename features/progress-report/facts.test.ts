import { describe, expect, it } from "vitest";
import { noDataText } from "@/features/progress-report/words";
import { assessIndicator } from "@/lib/domain/assessment";
import { i18nFor } from "@/lib/i18n/i18n";
import { reportFacts, verdictOf, type FigureIn, type PillarIn, type RowIn, type TargetIn } from "@/features/progress-report/facts";

/** The report's last day; the verdicts are the scorecard's once that day is over. */
const asOf = new Date(Date.UTC(2025, 11, 31));
const dayAfter = new Date(Date.UTC(2026, 0, 1));
const article = { key: "article" };
const decision = { key: "decision-411" };
const portal = { key: "portal" };

const figure = (period: string, end: [number, number, number], value: number, source = article, unpublished = false): FigureIn => ({
  period,
  periodEnd: new Date(Date.UTC(...end)),
  value,
  qualifier: "EXACT",
  source,
  ...(unpublished ? { unpublished: true } : {}),
});
const target = (year: number, value: number, source = decision): TargetIn => ({ year, comparator: "GTE", value, scope: "NATIONAL", source });

function row(code: string, observations: FigureIn[], targets: TargetIn[], options: { headline?: boolean; predecessors?: RowIn["predecessors"] } = {}): RowIn {
  return {
    indicator: { code, nameVi: code, nameEn: code, unit: "PERCENT", direction: "HIGHER_IS_BETTER", isHeadline: options.headline ?? false },
    observations,
    predecessors: options.predecessors ?? [],
    assessment: assessIndicator({ direction: "HIGHER_IS_BETTER", observations, targets, asOf: dayAfter }),
  };
}

const pillar = (code: string, rows: RowIn[]): PillarIn => ({ code, kind: "PILLAR", nameVi: code, nameEn: code, rows });

describe("report facts", () => {
  it("groups indicators as the overview does, splitting those behind into acceleration needed and the rest", () => {
    expect(verdictOf("ACHIEVED", "ACHIEVED")).toBe("ACHIEVED");
    expect(verdictOf("ON_TRACK", "ON_TRACK")).toBe("ON_TRACK");
    expect(verdictOf("OFF_TRACK", "ACCELERATION_NEEDED")).toBe("ACCELERATION_NEEDED");
    expect(["LIMITED_PROGRESS", "DETERIORATION", "NOT_ACHIEVED"].map((s) => verdictOf("OFF_TRACK", s as "NOT_ACHIEVED"))).toEqual(["OFF_TRACK", "OFF_TRACK", "OFF_TRACK"]);
    expect(verdictOf("UNASSESSED", "UNABLE_TO_ASSESS")).toBe("UNASSESSED");
    expect(verdictOf("NO_DATA", "UNABLE_TO_ASSESS")).toBe("NO_DATA");
  });

  const pillarIn = pillar("GOV", [
        // Reached 80% in 2025: achieved; 2030 (95%) still open.
        row("ACHIEVER", [figure("2023", [2023, 11, 31], 60), figure("2025", [2025, 11, 31], 82, portal)], [target(2025, 80), target(2030, 95)], { headline: true }),
        // 39.45 → 45, target 55 in 2025: the year is over, not achieved.
        row("LAGGARD", [figure("2024", [2024, 11, 31], 39.45), figure("2025-Q2", [2025, 5, 30], 45, article, true)], [target(2025, 55), target(2030, 90)], { headline: true }),
        // No figure at all.
        row("EMPTY", [], [target(2025, 50)]),
        // Figures but no target.
        row("UNTARGETED", [figure("2025", [2025, 11, 31], 12)], []),
        // 30 → 31 in a year, 90 wanted by 2030: far behind what is open now.
        row("SLOW", [figure("2024", [2024, 11, 31], 30), figure("2025", [2025, 11, 31], 31)], [target(2030, 90)]),
  ]);
  const facts = reportFacts({
    asOf,
    pillars: [pillarIn],
    dti: [
      { year: 2022, rank: 54, rankedCount: 63, score: 0.41, source: decision },
      { year: 2023, rank: null, rankedCount: null, score: null, source: decision },
      { year: 2024, rank: 40, rankedCount: 63, score: 0.5, source: portal },
    ],
  });
  const [gov] = facts.pillars;
  const byCode = (code: string) => gov!.rows.find((r) => r.indicator.code === code)!;

  it("counts every indicator once by what is open now, and the targets whose year is over apart", () => {
    expect(gov!.total).toBe(5);
    // 2025 is over: ACHIEVER and LAGGARD are counted by their 2030 target, on which both keep pace; SLOW does not.
    expect(gov!.counts).toEqual({ ACHIEVED: 0, ON_TRACK: 2, ACCELERATION_NEEDED: 0, OFF_TRACK: 1, UNASSESSED: 1, NO_DATA: 1 });
    expect(facts.counts).toEqual(gov!.counts);
    expect(byCode("ACHIEVER")).toMatchObject({ verdict: "ON_TRACK", target: { year: 2030 }, final: false, closed: { year: 2025, status: "ACHIEVED", figure: expect.objectContaining({ value: 82 }) } });
    expect(byCode("LAGGARD")).toMatchObject({ verdict: "ON_TRACK", target: { year: 2030 }, closed: { year: 2025, status: "NOT_ACHIEVED", figure: expect.objectContaining({ value: 45 }) } });
    // The 2025 results, one line apart from the open verdicts.
    expect(facts.closed).toEqual([{ year: 2025, achieved: 1, notAchieved: 1 }]);
    // Each verdict is the scorecard's own verdict against that target, from the same assessment.
    for (const r of gov!.rows) {
      const open = pillarIn.rows.find((x) => x.indicator.code === r.indicator.code)!.assessment.open;
      if (open) expect(r.status).toBe(open.status);
    }
    expect(byCode("UNTARGETED").verdict).toBe("UNASSESSED");
    expect(byCode("UNTARGETED").reason).toBe("NO_TARGET");
    expect(byCode("EMPTY").verdict).toBe("NO_DATA");
  });

  it("judges an indicator with no target still open by its main target, for good", () => {
    const closedOnly = reportFacts({ asOf, pillars: [pillar("SOC", [row("DONE", [figure("2024", [2024, 11, 31], 70), figure("2025", [2025, 11, 31], 81)], [target(2025, 80)])])], dti: [] });
    expect(closedOnly.pillars[0]!.rows[0]).toMatchObject({ verdict: "ACHIEVED", final: true, closed: null, target: { year: 2025 } });
    expect(closedOnly.closed).toEqual([]);
  });

  it("gives the latest and previous figure, the change between them, and what the next open target still needs", () => {
    const laggard = byCode("LAGGARD");
    expect(laggard.latest?.value).toBe(45);
    expect(laggard.previous?.value).toBe(39.45);
    // A year against a quarter: the change says the periods differ in kind.
    expect(laggard.change).toMatchObject({ shape: "EXACT", direction: "UP", samePeriodKind: false });
    expect(laggard.change?.value).toBeCloseTo(5.55, 10);
    expect(laggard.final).toBe(false);
    // 2025 is over: the open target is 2030's, 45 points to go over the 20 quarters of 2026–2030.
    expect(laggard.openTarget?.year).toBe(2030);
    expect(laggard.gap).toBeCloseTo(45, 10);
    expect(laggard.pacePerQuarter).toBeCloseTo(45 / 20, 10);

    const achiever = byCode("ACHIEVER");
    expect(achiever.verdict).toBe("ON_TRACK");
    expect(achiever.openTarget?.year).toBe(2030);
    expect(achiever.gap).toBeCloseTo(13, 10);

    expect(byCode("EMPTY")).toMatchObject({ latest: null, previous: null, change: null, gap: null, pacePerQuarter: null });
  });

  it("lists what is behind its target and what has no figure, so both are as plain as what is achieved", () => {
    expect(facts.behind.map((r) => r.indicator.code)).toEqual(["SLOW"]);
    expect(facts.noData.map((r) => r.indicator.code)).toEqual(["EMPTY"]);
  });

  it("follows the DTI rank over the ranked years, places gained counted as positive", () => {
    expect(facts.dti.latest?.year).toBe(2024);
    expect(facts.dti.previous?.year).toBe(2022);
    expect(facts.dti.rankChange).toBe(14);
    expect(facts.dti.trend.map((r) => r.year)).toEqual([2022, 2023, 2024]);
  });

  it("numbers every source once, in order of first use, and knows when a figure is not yet published", () => {
    expect(facts.sources.map((s) => s.key)).toEqual(["portal", "article", "decision-411"]);
    expect(facts.sourceNumbers[decision.key]).toBe(3);
    expect(facts.hasUnpublished).toBe(true);
  });

  it("builds each pillar's paragraph from the figures only: counts of every group, then the headline indicators that moved", () => {
    expect(gov!.paragraph.map((s) => s.code)).toEqual(["COUNTS", "MOVED", "MOVED"]);
    const moved = gov!.paragraph.filter((s) => s.code === "MOVED");
    expect(moved.map((s) => [s.row.indicator.code, s.from.value, s.to.value])).toEqual([
      ["ACHIEVER", 60, 82],
      ["LAGGARD", 39.45, 45],
    ]);
    expect(gov!.paragraph[0]).toEqual({ code: "COUNTS", total: 5, counts: gov!.counts });
  });

  it("says a pillar has no targets rather than counting nothing, and names a lone figure without inventing a change", () => {
    const lone = reportFacts({ asOf, pillars: [pillar("SOC", [row("ONLY", [figure("2025", [2025, 11, 31], 30)], [])])], dti: [] });
    expect(lone.pillars[0]!.paragraph.map((s) => s.code)).toEqual(["NO_TARGETS", "ONE_FIGURE"]);
    expect(lone.dti).toMatchObject({ latest: null, previous: null, rankChange: null });
    expect(lone.hasUnpublished).toBe(false);
  });

  it("gives a merged unit's predecessors their last figures, labelled by unit", () => {
    const merged = reportFacts({
      asOf,
      pillars: [
        pillar("SOC", [
          row("SMARTPHONE", [], [target(2025, 80)], {
            predecessors: [{ unit: { slug: "an-giang", nameVi: "An Giang", nameEn: "An Giang" }, observations: [figure("2022", [2022, 11, 31], 66.2), figure("2024", [2024, 11, 31], 70)] }],
          }),
        ]),
      ],
      dti: [],
    });
    const smartphone = merged.pillars[0]!.rows[0]!;
    expect(smartphone.predecessors).toEqual([{ unit: { slug: "an-giang", nameVi: "An Giang", nameEn: "An Giang" }, latest: expect.objectContaining({ value: 70, period: "2024" }) }]);
    // No figure of its own: "no data", as the overview counts it; its predecessors' figures are named beside it.
    expect(merged.noData.map((r) => r.indicator.code)).toEqual(["SMARTPHONE"]);
    expect(noDataText(smartphone as never, i18nFor("vi"))).toBe("SMARTPHONE (chỉ có số liệu của đơn vị trước sáp nhập — An Giang: 70% (Năm 2024))");
  });
});
