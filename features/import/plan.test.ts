import { describe, it, expect } from "vitest";
import { columnLetter, findHeader, plan, planFingerprint, type Cell, type Grid, type HeaderResult, type PlanContext } from "./plan";

const text = (t: string): Cell => ({ kind: "text", text: t });
const num = (value: number): Cell => ({ kind: "number", value });
const HEADER = ["Mã đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Giá trị", "Nguồn", "Ghi chú"].map(text);

const context = (over: Partial<PlanContext> = {}): PlanContext => ({
  unit: { slug: "an-giang-2025", validFrom: new Date("2025-07-01T00:00:00Z"), validTo: null },
  indicators: new Map([
    ["SOC_SMARTPHONE", { id: 1, code: "SOC_SMARTPHONE", nameVi: "Tỷ lệ dân số trưởng thành có điện thoại thông minh", unit: "PERCENT", minValue: null, maxValue: null }],
    ["GOV_SERVICES", { id: 2, code: "GOV_SERVICES", nameVi: "Số dịch vụ công trực tuyến", unit: "COUNT", minValue: null, maxValue: null }],
  ]),
  stored: new Map([["1|2025-Q4", { value: 80, source: "Sở", note: null, version: 3 }]]),
  lockedReports: new Map(),
  defaultSource: null,
  now: new Date("2026-11-26T00:00:00Z"),
  ...over,
});

function row(code: string, period: Cell, value: Cell, source = "Sở", extra: Partial<Record<"unit" | "note", string>> = {}): Cell[] {
  return [extra.unit ? text(extra.unit) : { kind: "empty" }, text(code), text("tên"), text("%"), period, value, source ? text(source) : { kind: "empty" }, extra.note ? text(extra.note) : { kind: "empty" }];
}

function planOf(rows: Cell[][], over: Partial<PlanContext> = {}) {
  const grid: Grid = { rows: [HEADER, ...rows] };
  const header = findHeader(grid) as HeaderResult;
  return plan(grid, header, context(over));
}

describe("findHeader", () => {
  it("finds the template's header below a title row, whatever the case and spacing", () => {
    const grid: Grid = { rows: [[text("Báo cáo quý")], [text("  MÃ CHỈ TIÊU "), text("kỳ"), text("Giá trị*")]] };
    expect(findHeader(grid)).toEqual({ headerRow: 1, columns: { code: 0, period: 1, value: 2 }, width: 3 });
  });

  it("names the required columns a file lacks", () => {
    expect(findHeader({ rows: [[text("Mã chỉ tiêu"), text("Nguồn")]] })).toEqual({ problem: "MISSING_COLUMNS", missing: ["period", "value"] });
    expect(findHeader({ rows: [[text("a"), text("b")]] })).toEqual({ problem: "NO_HEADER" });
  });
});

describe("plan", () => {
  it("sorts rows into new, changed (with the old figure), unchanged and empty, skipping blank lines", () => {
    const planned = planOf([
      row("SOC_SMARTPHONE", text("2025-Q4"), text("81,5")),
      row("SOC_SMARTPHONE", text("2026-Q1"), num(82)),
      row("GOV_SERVICES", text("2025-Q4"), { kind: "empty" }),
      [],
      row("SOC_SMARTPHONE", text("2026-Q2"), text("  83 \u00a0")),
    ]);
    expect(planned.rows.map((r) => [r.row, r.status, r.value, r.old?.value ?? null, r.version])).toEqual([
      [2, "changed", 81.5, 80, 3],
      [3, "new", 82, null, 0],
      [4, "empty", null, null, 0],
      [6, "new", 83, null, 0],
    ]);
    expect(planned.counts).toEqual({ new: 2, changed: 1, unchanged: 0, empty: 1, error: 0 });
    expect(planOf([row("SOC_SMARTPHONE", text("2025-Q4"), num(80))]).rows[0]?.status).toBe("unchanged");
    // Each row carries its indicator's name, for people who read names rather than codes; an unknown code has none.
    expect(planned.rows[2]?.name).toBe("Số dịch vụ công trực tuyến");
    expect(planOf([row("NO_SUCH_CODE", text("2025-Q4"), num(1))]).rows[0]?.name).toBeNull();
  });

  it("reads a count's 1.506 as 1 506 and says so; never a percentage", () => {
    const [count, percent] = planOf([row("GOV_SERVICES", text("2026-Q1"), text("1.506")), row("SOC_SMARTPHONE", text("2026-Q1"), text("1.506"))]).rows;
    expect(count).toMatchObject({ value: 1506, warnings: [{ code: "GROUPED", typed: "1.506" }] });
    expect(percent).toMatchObject({ value: 1.506, warnings: [] });
  });

  it("takes a formula's saved result and says so; refuses one with no result, a date cell and a merged cell", () => {
    const planned = planOf([
      row("SOC_SMARTPHONE", text("2026-Q1"), { kind: "formula", formula: "=A1*100", result: 0.1 + 0.2 }),
      row("SOC_SMARTPHONE", text("2026-Q2"), { kind: "formula", formula: "=A1*100", result: null }),
      row("SOC_SMARTPHONE", text("2026-Q3"), { kind: "date", serial: 45_000 }),
      row("GOV_SERVICES", { kind: "date", serial: 45_000 }, num(5)),
      row("GOV_SERVICES", text("2026-Q1"), { kind: "merged", master: "F2" }),
    ]);
    expect(planned.rows[0]).toMatchObject({ status: "new", value: 0.3, warnings: [{ code: "FORMULA", formula: "=A1*100" }] });
    expect(planned.rows.slice(1).map((r) => r.errors.map((e) => [e.letter, e.problem.code]))).toEqual([
      [["F", "FORMULA_NO_RESULT"]],
      [["F", "DATE_CELL"]],
      [["E", "DATE_CELL"]],
      [["F", "MERGED"]],
    ]);
  });

  it("gives each error its row and column: unknown code, bad period, outside the unit's life, another unit, duplicate, range, source", () => {
    const planned = planOf([
      row("NOPE", text("2026-Q1"), num(1)),
      row("SOC_SMARTPHONE", text("Q1/2026"), num(1)),
      row("SOC_SMARTPHONE", text("2025-Q1"), num(1)),
      row("SOC_SMARTPHONE", text("2026-Q1"), num(1), "Sở", { unit: "can-tho-2025" }),
      row("SOC_SMARTPHONE", text("2026-Q1"), num(150)),
      row("SOC_SMARTPHONE", text("2026-Q3"), num(50), ""),
    ]);
    expect(planned.rows.map((r) => r.errors.map((e) => [e.column, e.problem.code]))).toEqual([
      [["code", "UNKNOWN_INDICATOR"]],
      [["period", "BAD_PERIOD"]],
      [["period", "WINDOW"]],
      [["unit", "OTHER_UNIT"]],
      [
        ["code", "DUPLICATE"],
        ["value", "VALUE"],
      ],
      [["source", "SOURCE_REQUIRED"]],
    ]);
    expect(planned.counts.error).toBe(6);
  });

  it("uses the default source where a row has none, and refuses rows of a locked report", () => {
    const planned = planOf([row("SOC_SMARTPHONE", text("2026-Q1"), num(50), "")], { defaultSource: "Báo cáo chung" });
    expect(planned.rows[0]).toMatchObject({ status: "new", source: "Báo cáo chung" });
    const locked = planOf([row("SOC_SMARTPHONE", text("2025-Q4"), num(81))], { lockedReports: new Map([["2025-Q4", "APPROVED"]]) });
    expect(locked.rows[0]?.errors[0]?.problem).toEqual({ code: "LOCKED", status: "APPROVED" });
  });

  it("refuses a CSV row longer than its header: an unquoted 66,2 shifts every column after it", () => {
    // an-giang-2025,SOC_SMARTPHONE,tên,%,2026-Q1,66,2,Sở,  — nine fields under eight headers.
    const shifted: Cell[] = [text("an-giang-2025"), text("SOC_SMARTPHONE"), text("tên"), text("%"), text("2026-Q1"), text("66"), text("2"), text("Sở"), { kind: "empty" }];
    const grid: Grid = { rows: [HEADER, shifted, row("SOC_SMARTPHONE", text("2026-Q2"), text("66,2"))], ragged: true };
    const planned = plan(grid, findHeader(grid) as HeaderResult, context());
    expect(planned.rows[0]!.errors.map((e) => e.problem)).toEqual([{ code: "EXTRA_FIELDS", fields: 9, header: 8 }]);
    expect(planned.rows[1]).toMatchObject({ status: "new", value: 66.2 });
  });

  it("reads a percentage-formatted cell as it shows (0.662 shows 66,2 %) and says so", () => {
    const [cellRow] = planOf([row("SOC_SMARTPHONE", text("2026-Q1"), { kind: "number", value: 0.662, percent: true })]).rows;
    expect(cellRow).toMatchObject({ status: "new", value: 66.2, warnings: [{ code: "PERCENT_CELL", stored: 0.662 }] });
  });

  it("takes off the apostrophe the template puts before formula-like text", () => {
    const [escaped] = planOf([row("SOC_SMARTPHONE", text("2026-Q1"), num(50), "'=Sở", { note: "'-ước tính" })]).rows;
    expect(escaped).toMatchObject({ source: "=Sở", note: "-ước tính" });
    expect(escaped!.warnings).toEqual([{ code: "ESCAPED" }, { code: "ESCAPED" }]);
  });

  it("keeps a stored figure's source when the row names none, rather than the default", () => {
    const [kept] = planOf([row("SOC_SMARTPHONE", text("2025-Q4"), num(81), "")], { defaultSource: "Nguồn chung" }).rows;
    expect(kept).toMatchObject({ status: "changed", source: "Sở" });
  });

  it("fingerprints what the file says, not the versions it was checked against", () => {
    const rows = [row("SOC_SMARTPHONE", text("2025-Q4"), num(81))];
    const a = planFingerprint(planOf(rows));
    const stored = new Map([["1|2025-Q4", { value: 80, source: "Sở", note: null, version: 9 }]]);
    expect(planFingerprint(planOf(rows, { stored }))).toBe(a);
    expect(planFingerprint(planOf([row("SOC_SMARTPHONE", text("2025-Q4"), num(82))]))).not.toBe(a);
  });
});

describe("columnLetter", () => {
  it("names columns as a spreadsheet does", () => {
    expect([0, 5, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(["A", "F", "Z", "AA", "AB", "ZZ", "AAA"]);
  });
});
