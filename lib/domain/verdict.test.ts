import { describe, expect, it } from "vitest";
import { judgeTarget, openVerdict } from "./verdict";

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const fig = (period: string, end: string, value: number, extra: { qualifier?: "EXACT" | "MORE_THAN"; asOf?: Date } = {}) => ({ period, periodEnd: at(end), value, ...extra });
const goal = (year: number, value: number) => ({ year, comparator: "GTE" as const, value });
const asOf = at("2026-12-06");

describe("judgeTarget", () => {
  it("rests a final verdict on the last figure of the target year, and says when that figure stands at a day before its period ends", () => {
    const v = judgeTarget({
      direction: "HIGHER_IS_BETTER",
      observations: [fig("2024", "2024-12-31", 90), fig("2025-Q4", "2025-12-31", 100, { asOf: at("2025-10-31") }), fig("2026-Q1", "2026-03-31", 70)],
      target: goal(2025, 100),
      asOf,
      unitEnd: null,
    });
    expect(v).toMatchObject({ status: "ACHIEVED", final: true, passedOn: false, approximate: true, gap: null, pacePerQuarter: null });
    expect(v.evidence).toMatchObject({ whose: "OWN", figure: { period: "2025-Q4", value: 100 } });
  });

  it("judges a unit merged away on its successor's figure for a year it did not finish, and passes its later target on", () => {
    const input = { direction: "HIGHER_IS_BETTER" as const, observations: [fig("2024", "2024-12-31", 90)], asOf, unitEnd: at("2025-06-30"), successor: [fig("2025-Q4", "2025-12-31", 100)] };
    const closed = judgeTarget({ ...input, target: goal(2025, 100) });
    expect(closed).toMatchObject({ status: "ACHIEVED", final: true, evidence: { whose: "SUCCESSOR", figure: { value: 100 } }, gap: null, pacePerQuarter: null });
    const later = judgeTarget({ ...input, target: goal(2030, 100) });
    expect(later).toMatchObject({ passedOn: true, evidence: null, gap: null, pacePerQuarter: null });
    expect(openVerdict([closed, later])).toBeNull();
  });

  it("gives the distance and pace only to an open target of a unit that exists, approximate when the latest figure is a range", () => {
    const v = judgeTarget({ direction: "HIGHER_IS_BETTER", observations: [fig("2025", "2025-12-31", 60, { qualifier: "MORE_THAN" })], target: goal(2030, 80), asOf, unitEnd: null });
    expect(v).toMatchObject({ final: false, approximate: true, gap: 20 });
    expect(v.pacePerQuarter).toBeCloseTo(20 / 16, 10);
    expect(openVerdict([v])).toBe(v);
  });
});
