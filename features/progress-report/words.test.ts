import { describe, expect, it } from "vitest";
import { assessIndicator } from "@/lib/domain/assessment";
import { i18nFor } from "@/lib/i18n/i18n";
import { reportFacts, type FigureIn, type RowIn, type TargetIn } from "@/features/progress-report/facts";
import { changeText, dtiText, dtiTrendText, paceText, paragraphText, targetsText, verdictText } from "@/features/progress-report/words";

const source = { key: "s", kind: "ARTICLE", title: "Bài", titleEn: null, publisher: null, publisherEn: null, author: null, publishedOn: null, url: null, file: null } as const;
const figure = (period: string, end: [number, number, number], value: number): FigureIn<typeof source> => ({ period, periodEnd: new Date(Date.UTC(...end)), value, qualifier: "EXACT", source });
const target = (year: number, value: number): TargetIn<typeof source> => ({ year, comparator: "GTE", value, scope: "PROVINCIAL", source });

function facts() {
  const observations = [figure("2024", [2024, 11, 31], 39.45), figure("2025", [2025, 11, 31], 45)];
  const targets = [target(2025, 55), target(2030, 90)];
  const row: RowIn<typeof source> = {
    indicator: { code: "GOV_FULL", nameVi: "Tỷ lệ dịch vụ công toàn trình", nameEn: "Share of full-process online services", unit: "PERCENT", direction: "HIGHER_IS_BETTER", isHeadline: true },
    observations,
    predecessors: [],
    assessment: assessIndicator({ direction: "HIGHER_IS_BETTER", observations, targets, asOf: new Date(Date.UTC(2026, 0, 1)) }),
  };
  const empty: RowIn<typeof source> = {
    indicator: { code: "GOV_EMPTY", nameVi: "Chỉ tiêu trống", nameEn: "Empty", unit: "COUNT", direction: "HIGHER_IS_BETTER", isHeadline: false },
    observations: [],
    predecessors: [],
    assessment: assessIndicator({ direction: "HIGHER_IS_BETTER", observations: [], targets: [], asOf: new Date(Date.UTC(2026, 0, 1)) }),
  };
  return reportFacts({
    asOf: new Date(Date.UTC(2025, 11, 31)),
    pillars: [{ code: "GOV", kind: "PILLAR", nameVi: "Chính quyền số", nameEn: "Digital government", rows: [row, empty] }],
    dti: [
      { year: 2023, rank: 42, rankedCount: 63, score: null, source },
      { year: 2024, rank: 40, rankedCount: 63, score: null, source },
    ],
  });
}

/** A rank from 10th to 13th: the number rises, the unit falls. */
function rankFacts(values: [number, number]) {
  const observations = [figure("2023-Q1", [2023, 2, 31], values[0]), figure("2023-Q2", [2023, 5, 30], values[1])];
  const row: RowIn<typeof source> = {
    indicator: { code: "GOV_RANK", nameVi: "Xếp hạng chỉ số phục vụ", nameEn: "Service index rank", unit: "RANK", direction: "LOWER_IS_BETTER", isHeadline: false },
    observations,
    predecessors: [],
    assessment: assessIndicator({ direction: "LOWER_IS_BETTER", observations, targets: [], asOf: new Date(Date.UTC(2024, 0, 1)) }),
  };
  return reportFacts({ asOf: new Date(Date.UTC(2023, 11, 31)), pillars: [{ code: "GOV", kind: "PILLAR", nameVi: "Chính quyền số", nameEn: "Digital government", rows: [row] }], dti: [] });
}

/** A share stated by the source as "hơn 99%", after an exact 99,77% a year before. */
function approximateFacts(latest: FigureIn<typeof source>) {
  const observations = [figure("2024", [2024, 11, 31], 99.77), latest];
  const targets = [target(2030, 100)];
  const row: RowIn<typeof source> = {
    indicator: { code: "GOV_ON_TIME", nameVi: "Tỷ lệ hồ sơ đúng hạn", nameEn: "Dossiers on time", unit: "PERCENT", direction: "HIGHER_IS_BETTER", isHeadline: true },
    observations,
    predecessors: [],
    assessment: assessIndicator({ direction: "HIGHER_IS_BETTER", observations, targets, asOf: new Date(Date.UTC(2025, 6, 1)) }),
  };
  return reportFacts({ asOf: new Date(Date.UTC(2025, 5, 30)), pillars: [{ code: "GOV", kind: "PILLAR", nameVi: "Chính quyền số", nameEn: "Digital government", rows: [row] }], dti: [] }).pillars[0]!;
}

describe("report words", () => {
  it("names the figure a final verdict rests on, whose it is, and the day a to-date figure stands at", () => {
    const observations = [figure("2024", [2024, 11, 31], 90)];
    const successorFigure = { ...figure("2025-Q4", [2025, 11, 31], 100), asOf: new Date(Date.UTC(2025, 9, 31)) };
    const unitEnd = new Date(Date.UTC(2025, 5, 30));
    const row: RowIn<typeof source> = {
      indicator: { code: "GOV_E_DOCUMENTS", nameVi: "Văn bản điện tử", nameEn: "Electronic documents", unit: "PERCENT", direction: "HIGHER_IS_BETTER", isHeadline: true },
      observations,
      predecessors: [],
      assessment: assessIndicator({
        direction: "HIGHER_IS_BETTER",
        observations,
        targets: [target(2025, 100), target(2030, 100)],
        asOf: new Date(Date.UTC(2026, 0, 1)),
        unitEnd,
        successor: { unitEnd, observations: [successorFigure] },
      }),
    };
    const facts = reportFacts({
      asOf: new Date(Date.UTC(2025, 11, 31)),
      pillars: [{ code: "GOV", kind: "PILLAR", nameVi: "Chính quyền số", nameEn: "Digital government", rows: [row] }],
      dti: [],
      successor: { nameVi: "An Giang (từ 01/7/2025)", nameEn: "An Giang (from 1 Jul 2025)" },
    });
    const judged = facts.pillars[0]!.rows[0]!;
    expect(verdictText(judged, i18nFor("vi"))).toBe("Đã đạt — năm mục tiêu đã qua: theo số liệu của An Giang (từ 01/7/2025), 100% (Quý 4/2025, đến 31/10/2025)");
    expect(verdictText(judged, i18nFor("en"))).toBe("Achieved — the target year has ended: on the figure of An Giang (from 1 Jul 2025), 100% (Q4 2025, to 31 Oct 2025)");
    // A unit merged away keeps no pace: its 2030 target passed on.
    expect(paceText(judged, i18nFor("vi"))).toBe("—");
  });

  it("lists every target beside the headline one, and counts the pace to the next one still open", () => {
    const observations = [figure("2025", [2025, 11, 31], 86)];
    const row: RowIn<typeof source> = {
      indicator: { code: "GOV_X", nameVi: "Chỉ tiêu", nameEn: "Indicator", unit: "PERCENT", direction: "HIGHER_IS_BETTER", isHeadline: false },
      observations,
      predecessors: [],
      assessment: assessIndicator({ direction: "HIGHER_IS_BETTER", observations, targets: [target(2030, 95), target(2025, 80), target(2026, 90)], asOf: new Date(Date.UTC(2026, 0, 1)) }),
    };
    const facts = reportFacts({ asOf: new Date(Date.UTC(2025, 11, 31)), pillars: [{ code: "GOV", kind: "PILLAR", nameVi: "Chính quyền số", nameEn: "Digital government", rows: [row] }], dti: [] });
    const judged = facts.pillars[0]!.rows[0]!;
    expect(targetsText(judged, i18nFor("vi"))).toBe("≥ 80% (2025); ≥ 90% (2026); ≥ 95% (2030)");
    expect(paceText(judged, i18nFor("vi"))).toBe("1 điểm %/quý đến hết năm 2026");
  });

  it("prints no exact change, direction or pace from a figure the source gives as a range, and says a year is set against a quarter", () => {
    const [vi, en] = [i18nFor("vi"), i18nFor("en")];
    const moreThan99 = approximateFacts({ ...figure("2025-Q2", [2025, 5, 30], 99), qualifier: "MORE_THAN" });
    expect(changeText(moreThan99.rows[0]!, vi)).toBe("không so sánh chính xác được, vì có số ước (hai kỳ khác loại)");
    expect(paragraphText(moreThan99, vi)).toContain("Tỷ lệ hồ sơ đúng hạn: 99,77% (năm 2024) và hơn 99% (quý 2/2025), không so sánh chính xác được");
    expect(paragraphText(moreThan99, vi)).not.toMatch(/giảm|−0,77/);
    expect(paragraphText(moreThan99, en)).toContain("not exactly comparable");
    // The gap to 100% and the pace are computed from "more than 99": approximate.
    expect(paceText(moreThan99.rows[0]!, vi)).toMatch(/^≈ /);
    const exact = approximateFacts(figure("2025-Q2", [2025, 5, 30], 99));
    expect(changeText(exact.rows[0]!, vi)).toBe("−0,77 điểm % (hai kỳ khác loại)");
    expect(paceText(exact.rows[0]!, vi)).not.toMatch(/≈/);
  });


  it("says which way a rank moved, not only the sign of the change", () => {
    const [vi, en] = [i18nFor("vi"), i18nFor("en")];
    const worse = rankFacts([10, 13]).pillars[0]!;
    expect(changeText(worse.rows[0]!, vi)).toBe("+3 (kém đi)");
    expect(changeText(worse.rows[0]!, en)).toBe("+3 (worse)");
    expect(paragraphText(worse, vi)).toContain("Xếp hạng chỉ số phục vụ: tụt từ hạng 10 (quý 1/2023) xuống hạng 13 (quý 2/2023).");
    expect(paragraphText(worse, en)).toContain("Service index rank fell from rank 10 (Q1 2023) to rank 13 (Q2 2023).");
    const better = rankFacts([13, 10]).pillars[0]!;
    expect(changeText(better.rows[0]!, vi)).toBe("−3 (tốt lên)");
    expect(paragraphText(better, vi)).toContain("tăng từ hạng 13 (quý 1/2023) lên hạng 10 (quý 2/2023)");
  });

  it("states each pillar's facts in plain Vietnamese, every number taken from the figures", () => {
    const vi = i18nFor("vi");
    expect(paragraphText(facts().pillars[0]!, vi)).toBe(
      "0/2 chỉ tiêu đã đạt mục tiêu; 1 đúng tiến độ; 1 chưa có số liệu. Tỷ lệ dịch vụ công toàn trình tăng từ 39,45% (năm 2024) lên 45% (năm 2025), không đạt mục tiêu năm 2025, còn cách mục tiêu năm 2030 45 điểm %.",
    );
  });

  it("and in English", () => {
    const en = i18nFor("en");
    expect(paragraphText(facts().pillars[0]!, en)).toBe(
      "0 of 2 indicators have achieved the target; 1 on track; 1 no data yet. Share of full-process online services rose from 39.45% (2024) to 45% (2025); the 2025 target was not achieved; 45 percentage points short of the 2030 target.",
    );
  });

  it("gives change, verdict, pace and DTI in words", () => {
    const vi = i18nFor("vi");
    const row = facts().pillars[0]!.rows[0]!;
    expect(changeText(row, vi)).toBe("+5,55 điểm %");
    // Judged on the 2030 target, open; the 2025 one, over, is said beside it with the figure it rests on.
    expect(verdictText(row, vi)).toBe("Đúng tiến độ (không đạt mục tiêu năm 2025: theo số liệu 45% (Năm 2025))");
    expect(verdictText(row, i18nFor("en"))).toBe("On track (the 2025 target was not achieved: on the figure 45% (2025))");
    // Behind a target whose year is not over is not "not achieved": the row names its own status.
    expect(verdictText({ ...row, verdict: "OFF_TRACK", status: "LIMITED_PROGRESS", final: false, closed: null }, vi)).toBe("Tiến triển hạn chế");
    expect(verdictText({ ...row, verdict: "OFF_TRACK", status: "LIMITED_PROGRESS", final: false, closed: null }, i18nFor("en"))).toBe("Limited progress");
    // With no target open, the main one's verdict stands for good, with its figure.
    expect(verdictText({ ...row, verdict: "OFF_TRACK", status: "NOT_ACHIEVED", final: true, closed: null, evidence: { figure: row.latest!, whose: "OWN", unit: null } }, vi)).toBe(
      "Không đạt mục tiêu — năm mục tiêu đã qua: theo số liệu 45% (Năm 2025)",
    );
    expect(paceText(row, vi)).toBe("2,25 điểm %/quý đến hết năm 2030");
    expect(dtiText(facts(), vi)).toBe("Năm 2024: xếp hạng 40/63, tăng 2 bậc so với năm 2023");
    expect(dtiTrendText(facts())).toBe("2023: 42/63 → 2024: 40/63");
    expect(verdictText(facts().pillars[0]!.rows[1]!, vi)).toBe("Chưa có số liệu");
  });
});
