import { describe, expect, it } from "vitest";
import { judgedOn, sheetVerdict, type SheetFigure } from "./sheet-verdict";

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);
const fig = (period: string, end: string, value: number, qualifier: SheetFigure["qualifier"] = "EXACT"): SheetFigure => ({ period, periodEnd: at(end), value, qualifier, asOf: null });
const goal = (year: number, value: number, comparator: "GTE" | "LTE" = "GTE") => ({ year, comparator, value });
const q2 = judgedOn(at("2025-06-30"));
const base = { direction: "HIGHER_IS_BETTER" as const, asOf: q2, unitEnd: null };

describe("sheetVerdict", () => {
  it("says a figure that meets the target meets it, whatever came before", () => {
    const v = sheetVerdict({ ...base, earlier: [fig("2024", "2024-12-31", 60)], current: fig("2025-Q2", "2025-06-30", 82), target: goal(2025, 80) });
    expect(v).toMatchObject({ kind: "JUDGED", bucket: "ACHIEVED", year: 2025, gap: 0, approximate: false });
  });

  it("is on track when the growth since the first figure keeps pace, and off track when it does not", () => {
    const earlier = [fig("2023", "2023-12-31", 50)];
    const onTrack = sheetVerdict({ ...base, earlier, current: fig("2025-Q2", "2025-06-30", 76), target: goal(2030, 90) });
    expect(onTrack).toMatchObject({ kind: "JUDGED", bucket: "ON_TRACK", progress: { status: "ON_TRACK" }, year: 2030, gap: 14 });
    const offTrack = sheetVerdict({ ...base, earlier, current: fig("2025-Q2", "2025-06-30", 48), target: goal(2030, 90) });
    expect(offTrack).toMatchObject({ kind: "JUDGED", bucket: "OFF_TRACK", progress: { status: "DETERIORATION" } });
  });

  it("cannot assess a first figure short of its target, nor a figure with no target, and says why", () => {
    const first = sheetVerdict({ ...base, earlier: [], current: fig("2025-Q2", "2025-06-30", 70), target: goal(2025, 80) });
    expect(first).toMatchObject({ kind: "JUDGED", bucket: "UNASSESSED", progress: { status: "UNABLE_TO_ASSESS", reason: "ONE_OBSERVATION" } });
    const untargeted = sheetVerdict({ ...base, earlier: [], current: fig("2025-Q2", "2025-06-30", 70), target: null });
    expect(untargeted).toMatchObject({ kind: "JUDGED", bucket: "UNASSESSED", year: null, progress: { reason: "NO_TARGET" } });
  });

  it("gives no verdict to a missing figure, even where a zero would meet the target", () => {
    const v = sheetVerdict({ ...base, direction: "LOWER_IS_BETTER", earlier: [fig("2024", "2024-12-31", 8)], current: null, target: goal(2025, 5, "LTE") });
    expect(v).toEqual({ kind: "NO_FIGURE" });
  });

  it("judges a figure given as a range on the number its source states, and marks what rests on it approximate", () => {
    const met = sheetVerdict({ ...base, earlier: [fig("2024", "2024-12-31", 95)], current: fig("2025-Q2", "2025-06-30", 99, "MORE_THAN"), target: goal(2025, 99) });
    expect(met).toMatchObject({ kind: "JUDGED", bucket: "ACHIEVED", approximate: true });
    const short = sheetVerdict({ ...base, earlier: [fig("2024", "2024-12-31", 60)], current: fig("2025-Q2", "2025-06-30", 70, "APPROXIMATELY"), target: goal(2030, 90) });
    expect(short).toMatchObject({ kind: "JUDGED", approximate: true, gap: 20 });
  });

  it("gives a year report the final verdict on its own year's target", () => {
    const v = sheetVerdict({ ...base, asOf: judgedOn(at("2025-12-31")), earlier: [fig("2024", "2024-12-31", 60)], current: fig("2025", "2025-12-31", 75), target: goal(2025, 80) });
    expect(v).toMatchObject({ kind: "JUDGED", bucket: "OFF_TRACK", progress: { status: "NOT_ACHIEVED", final: true }, gap: null });
  });

  it("does not judge a unit merged away on a target of a year after it ended", () => {
    const v = sheetVerdict({ ...base, unitEnd: at("2025-06-30"), earlier: [fig("2024", "2024-12-31", 60)], current: fig("2025-Q2", "2025-06-30", 70), target: goal(2030, 90) });
    expect(v).toEqual({ kind: "PASSED_ON", year: 2030 });
  });
});
