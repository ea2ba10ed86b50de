import { describe, it, expect } from "vitest";
import {
  parseFigure,
  DEFAULT_CHANGE_THRESHOLD,
  entrySchema,
  largeChangeWarning,
  requiredPeriodicity,
  submitCheck,
  type EntryFormInput,
  type IndicatorRule,
} from "./schema";
import { parsePeriod } from "@/lib/domain/period";

const rule = (id: number, unit: IndicatorRule["unit"], minValue: number | null = null, maxValue: number | null = null): IndicatorRule => ({
  id,
  unit,
  minValue,
  maxValue,
  nameVi: `Chỉ tiêu ${id}`,
});

const PERCENT = 1;
const COUNT = 2;
const SCORE = 3;
const RANK = 4;
const BOUNDED = 5; // a percent no lower than 20,5
const CAPPED = 6; // a count of at most 1.500 (e.g. communes)

const rules = new Map(
  [rule(PERCENT, "PERCENT"), rule(COUNT, "COUNT"), rule(SCORE, "SCORE"), rule(RANK, "RANK"), rule(BOUNDED, "PERCENT", 20.5, null), rule(CAPPED, "COUNT", 0, 1500)].map(
    (r) => [r.id, r] as const,
  ),
);
const schema = entrySchema(rules);

type Row = EntryFormInput["values"][number];
const row = (indicatorId: number, value: string, source = "Sở TT&TT", extra: Partial<Row> = {}): Row => ({
  indicatorId: String(indicatorId),
  value,
  source,
  note: "",
  version: "0",
  ...extra,
});
const payload = (values: Row[], extra: Partial<EntryFormInput> = {}): EntryFormInput => ({ provinceId: "7", period: "2025-Q1", values, ...extra });

/** The issues as [path, message] pairs, which is what the form renders. */
function issues(input: EntryFormInput) {
  const result = schema.safeParse(input);
  expect(result.success).toBe(false);
  return result.error?.issues.map((i) => [i.path, i.message]) ?? [];
}

function parsed(input: EntryFormInput) {
  const result = schema.safeParse(input);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues));
  return result.data;
}

describe("entrySchema: numbers", () => {
  it.each(["66,2", "66.2", " 66,2 ", "66,2%"])("reads %j as 66.2", (typed) => {
    expect(parsed(payload([row(PERCENT, typed)])).values[0]?.value).toBe(66.2);
  });

  it("reads Vietnamese thousands separators in a count", () => {
    expect(parsed(payload([row(COUNT, "1.506.000")])).values[0]?.value).toBe(1_506_000);
  });

  it.each(["abc", "12a", "NaN", "Infinity", "-Infinity", "1e3", "6,6,2"])("refuses %j as not a number", (typed) => {
    expect(issues(payload([row(COUNT, typed)]))).toEqual([[["values", 0, "value"], "Giá trị không phải là số hợp lệ (ví dụ 66,2)."]]);
  });

  it("refuses an absurd magnitude before any unit rule", () => {
    expect(issues(payload([row(COUNT, "10.000.000.000.000")]))).toEqual([[["values", 0, "value"], "Giá trị quá lớn."]]);
    expect(issues(payload([row(PERCENT, "-10000000000000")]))).toEqual([[["values", 0, "value"], "Giá trị quá lớn."]]);
  });

  it("accepts the largest allowed magnitude", () => {
    expect(parsed(payload([row(COUNT, "1.000.000.000.000")])).values[0]?.value).toBe(1e12);
  });
});

describe("entrySchema: units", () => {
  it.each(["100,5", "-1"])("refuses the percentage %j", (typed) => {
    expect(issues(payload([row(PERCENT, typed)]))).toEqual([[["values", 0, "value"], "Tỷ lệ phải nằm trong khoảng 0–100%."]]);
  });

  it.each(["0", "100", "0,5"])("accepts the percentage %j", (typed) => {
    expect(parsed(payload([row(PERCENT, typed)])).values).toHaveLength(1);
  });

  it.each(["-3", "2,5"])("refuses the count %j", (typed) => {
    expect(issues(payload([row(COUNT, typed)]))).toEqual([[["values", 0, "value"], "Số lượng phải là số nguyên không âm."]]);
  });

  // A count has no fraction, so one dot group is thousands, as Vietnamese writes them: "67.500" is 67 500.
  it("reads a count with a single dot group as grouped thousands", () => {
    expect(parsed(payload([row(COUNT, "67.500")])).values[0]?.value).toBe(67500);
  });

  it("accepts a count of zero", () => {
    expect(parsed(payload([row(COUNT, "0")])).values[0]?.value).toBe(0);
  });

  it.each(["0", "-1", "1,5"])("refuses the rank %j", (typed) => {
    expect(issues(payload([row(RANK, typed)]))).toEqual([[["values", 0, "value"], "Thứ hạng phải là số nguyên dương."]]);
  });

  it("accepts rank 1", () => {
    expect(parsed(payload([row(RANK, "1")])).values[0]?.value).toBe(1);
  });

  it.each(["1,01", "-0,1"])("refuses the score %j", (typed) => {
    expect(issues(payload([row(SCORE, typed)]))).toEqual([[["values", 0, "value"], "Điểm phải nằm trong khoảng 0–1."]]);
  });

  it("accepts a score with four decimals", () => {
    expect(parsed(payload([row(SCORE, "0,4675")])).values[0]?.value).toBe(0.4675);
  });
});

describe("entrySchema: an indicator's own bounds", () => {
  it("names a lower bound in Vietnamese number style", () => {
    expect(issues(payload([row(BOUNDED, "20,4")]))).toEqual([[["values", 0, "value"], "Giá trị không được nhỏ hơn 20,5."]]);
  });

  it("accepts the lower bound itself", () => {
    expect(parsed(payload([row(BOUNDED, "20,5")])).values[0]?.value).toBe(20.5);
  });

  it("names both bounds when the indicator has both", () => {
    expect(issues(payload([row(CAPPED, "1501")]))).toEqual([[["values", 0, "value"], "Giá trị phải nằm trong khoảng 0–1.500."]]);
  });

  it("checks the unit before the bounds", () => {
    expect(issues(payload([row(BOUNDED, "101")]))).toEqual([[["values", 0, "value"], "Tỷ lệ phải nằm trong khoảng 0–100%."]]);
  });
});

describe("entrySchema: source and note", () => {
  it("requires a source for an entered figure", () => {
    expect(issues(payload([row(PERCENT, "66,2", "  ")]))).toEqual([[["values", 0, "source"], "Cần ghi nguồn cho số liệu này."]]);
  });

  it("asks for a source even when the figure itself is wrong", () => {
    expect(issues(payload([row(PERCENT, "abc", "")]))).toEqual([
      [["values", 0, "value"], "Giá trị không phải là số hợp lệ (ví dụ 66,2)."],
      [["values", 0, "source"], "Cần ghi nguồn cho số liệu này."],
    ]);
  });

  it("needs no source for a figure not entered, and keeps a source given ahead of the figure", () => {
    const { values } = parsed(payload([row(PERCENT, " ", ""), row(COUNT, "", " Cổng DVC ")]));
    expect(values).toEqual([
      { indicatorId: PERCENT, value: null, source: null, note: null, version: 0 },
      { indicatorId: COUNT, value: null, source: "Cổng DVC", note: null, version: 0 },
    ]);
  });

  it("limits the source to 500 characters and the note to 1000", () => {
    expect(parsed(payload([row(PERCENT, "1", "x".repeat(500), { note: "y".repeat(1000) })])).values).toHaveLength(1);
    expect(issues(payload([row(PERCENT, "1", "x".repeat(501), { note: "y".repeat(1001) })]))).toEqual([
      [["values", 0, "source"], "Nguồn không được dài quá 500 ký tự."],
      [["values", 0, "note"], "Ghi chú không được dài quá 1.000 ký tự."],
    ]);
  });

  it("counts a decomposed Vietnamese letter once", () => {
    const decomposed = "ê".normalize("NFD").repeat(500);
    expect(parsed(payload([row(PERCENT, "1", decomposed)])).values[0]?.source).toBe("ê".repeat(500));
  });
});

describe("entrySchema: indicators, version, province, period", () => {
  it("refuses an indicator that does not exist", () => {
    expect(issues(payload([row(99, "1")]))).toEqual([[["values", 0, "indicatorId"], "Chỉ tiêu không tồn tại."]]);
    expect(issues(payload([row(PERCENT, "1", "S", { indicatorId: "abc" })]))).toEqual([[["values", 0, "indicatorId"], "Chỉ tiêu không tồn tại."]]);
  });

  it("refuses the same indicator twice, at the second one", () => {
    expect(issues(payload([row(PERCENT, "1"), row(COUNT, "2"), row(PERCENT, "3")]))).toEqual([
      [["values", 2, "indicatorId"], "Chỉ tiêu này bị nhập hai lần."],
    ]);
  });

  it.each(["-1", "1.5", "", "x", "1e2"])("refuses the version %j", (version) => {
    expect(issues(payload([row(PERCENT, "1", "S", { version })]))).toEqual([[["values", 0, "version"], "Phiên bản số liệu không hợp lệ. Hãy tải lại trang."]]);
  });

  it.each(["0", "-1", "1.5", "", "abc"])("refuses the province id %j", (provinceId) => {
    expect(issues(payload([], { provinceId }))).toEqual([[["provinceId"], "Tỉnh không hợp lệ."]]);
  });

  it.each(["2023-Q5", "2023-H3", "Q1-2023", "2023-Q", ""])("refuses the period %j, which is no quarter, half-year or year", (period) => {
    expect(issues(payload([], { period }))).toEqual([[["period"], "Kỳ báo cáo phải là một quý, nửa năm hoặc năm, ví dụ 2025-Q1, 2025-H1 hoặc 2025."]]);
  });

  it.each(["2025-Q3", "2025-H1", "2025"])("takes the period %j: a report covers a quarter, a half-year or a year", (period) => {
    expect(parsed(payload([], { period })).period).toBe(period);
  });

  it("reports every problem at once so the form can mark all fields", () => {
    const found = issues(payload([row(PERCENT, "101"), row(99, "x", "")], { provinceId: "0", period: "2023-Q9" }));
    expect(found.map(([path]) => path)).toEqual([
      ["provinceId"],
      ["period"],
      ["values", 0, "value"],
      ["values", 1, "indicatorId"],
      ["values", 1, "value"],
      ["values", 1, "source"],
    ]);
  });
});

describe("entrySchema: a valid payload", () => {
  it("returns numbers, nulls and trimmed text", () => {
    const data = parsed({
      provinceId: " 7 ",
      period: " 2025-Q3 ",
      values: [
        row(PERCENT, "66,2", " Báo cáo Sở TT&TT ", { note: " ước tính ", version: "3" }),
        row(COUNT, "67 500"),
        row(SCORE, ""),
        row(RANK, "12", "Bộ TT&TT"),
      ],
      incompleteNote: "  Chưa có số liệu điểm. ",
    });
    expect(data).toEqual({
      provinceId: 7,
      period: "2025-Q3",
      values: [
        { indicatorId: PERCENT, value: 66.2, source: "Báo cáo Sở TT&TT", note: "ước tính", version: 3 },
        { indicatorId: COUNT, value: 67_500, source: "Sở TT&TT", note: null, version: 0 },
        { indicatorId: SCORE, value: null, source: "Sở TT&TT", note: null, version: 0 },
        { indicatorId: RANK, value: 12, source: "Bộ TT&TT", note: null, version: 0 },
      ],
      incompleteNote: "Chưa có số liệu điểm.",
    });
  });

  it("turns a missing or blank incomplete note into null", () => {
    expect(parsed(payload([])).incompleteNote).toBeNull();
    expect(parsed(payload([], { incompleteNote: "   " })).incompleteNote).toBeNull();
  });

  it("refuses a form post that is not the expected shape", () => {
    expect(schema.safeParse({ provinceId: 7, period: "2025-Q1", values: [] }).success).toBe(false);
    expect(schema.safeParse(null).success).toBe(false);
  });
});

describe("requiredPeriodicity", () => {
  it("asks a year report for the yearly indicators, a quarter or half-year for the quarterly ones", () => {
    expect(requiredPeriodicity(parsePeriod("2025")!)).toBe("ANNUAL");
    expect(requiredPeriodicity(parsePeriod("2025-H1")!)).toBe("QUARTERLY");
    expect(requiredPeriodicity(parsePeriod("2025-Q3")!)).toBe("QUARTERLY");
  });
});

describe("submitCheck", () => {
  const values = [{ value: 1 }, { value: null }, { value: 0 }];

  it("refuses a report with indicators missing and no note", () => {
    expect(submitCheck(values, 4, null)).toBe("Còn 2 chỉ tiêu chưa nhập. Nhập đủ hoặc ghi chú lý do nộp khi chưa đủ.");
    expect(submitCheck(values, 4, "  ")).toBe("Còn 2 chỉ tiêu chưa nhập. Nhập đủ hoặc ghi chú lý do nộp khi chưa đủ.");
  });

  it("accepts a report with indicators missing when a note says why", () => {
    expect(submitCheck(values, 4, "Chưa có số liệu của Cục Thống kê.")).toBeNull();
  });

  it("accepts a complete report, counting zero as entered", () => {
    expect(submitCheck([{ value: 1 }, { value: 0 }], 2, null)).toBeNull();
  });
});

describe("largeChangeWarning", () => {
  it("writes an earlier figure a source gave as a range with its word, and draws no exact percentage from it", () => {
    expect(largeChangeWarning({ value: 99, period: "2024-Q2", qualifier: "MORE_THAN" }, 40)).toBe("Thay đổi so với quý 2/2024 (từ hơn 99 xuống 40). Hãy kiểm tra lại.");
    expect(largeChangeWarning({ value: 99, period: "2024-Q2", qualifier: "EXACT" }, 40)).toBe("Thay đổi 59,6% so với quý 2/2024 (từ 99 xuống 40). Hãy kiểm tra lại.");
    expect(largeChangeWarning({ value: 99, period: "2024-Q2", qualifier: "MORE_THAN" }, 40, undefined, "PERCENT")).toBe("Thay đổi so với quý 2/2024 (từ hơn 99% xuống 40%). Hãy kiểm tra lại.");
  });

  it("defaults to a 50% threshold", () => {
    expect(DEFAULT_CHANGE_THRESHOLD).toBe(0.5);
  });

  it("warns about a rise over the threshold", () => {
    expect(largeChangeWarning({ value: 40, period: "2024-Q2" }, 66.2)).toBe("Thay đổi 65,5% so với quý 2/2024 (từ 40 lên 66,2). Hãy kiểm tra lại.");
  });

  it("warns about a fall over the threshold, with Vietnamese number style", () => {
    expect(largeChangeWarning({ value: 6874.5, period: "2024-Q2" }, 1200)).toBe("Thay đổi 82,54% so với quý 2/2024 (từ 6.874,5 xuống 1.200). Hãy kiểm tra lại.");
  });

  it("names the period it compares with, whichever kind it is", () => {
    // Quý 2/2026 is empty: Quý 1/2026 is the figure a 74 % fall is measured from.
    expect(largeChangeWarning({ value: 5830, period: "2026-Q1" }, 1506)).toBe("Thay đổi 74,17% so với quý 1/2026 (từ 5.830 xuống 1.506). Hãy kiểm tra lại.");
    expect(largeChangeWarning({ value: 40, period: "2024" }, 66.2)).toContain("so với năm 2024");
  });

  it("stays quiet at or under the threshold", () => {
    const q = (value: number) => ({ value, period: "2024-Q2" });
    expect(largeChangeWarning(q(10), 15)).toBeNull();
    expect(largeChangeWarning(q(10), 5)).toBeNull();
    expect(largeChangeWarning(q(-10), -12)).toBeNull();
  });

  it("uses the caller's threshold", () => {
    expect(largeChangeWarning({ value: 10, period: "2024-Q2" }, 12, 0.1)).toBe("Thay đổi 20% so với quý 2/2024 (từ 10 lên 12). Hãy kiểm tra lại.");
    expect(largeChangeWarning({ value: 10, period: "2024-Q2" }, 30, 3)).toBeNull();
  });

  it("warns about any change from zero, without a percentage", () => {
    expect(largeChangeWarning({ value: 0, period: "2024-Q2" }, 5)).toBe("Thay đổi so với quý 2/2024 (từ 0 lên 5). Hãy kiểm tra lại.");
    expect(largeChangeWarning({ value: 0, period: "2024-Q2" }, 0)).toBeNull();
  });

  it("stays quiet when either quarter has no figure", () => {
    expect(largeChangeWarning(null, 5)).toBeNull();
    expect(largeChangeWarning({ value: 5, period: "2024-Q2" }, null)).toBeNull();
    expect(largeChangeWarning(null, null)).toBeNull();
  });
});

describe("parseFigure", () => {
  it("reads grouped thousands in a count or a rank, and a decimal in a percentage", () => {
    expect(parseFigure("1.506", "COUNT")).toBe(1506);
    expect(parseFigure("1,506", "COUNT")).toBe(1506);
    expect(parseFigure("1.234.567", "COUNT")).toBe(1234567);
    expect(parseFigure("12", "RANK")).toBe(12);
    expect(parseFigure("1.506", "PERCENT")).toBe(1.506);
    expect(parseFigure("66,2", "PERCENT")).toBe(66.2);
    // Mixed marks are not a grouping: left to the decimal reading, which refuses a count with a fraction later.
    expect(parseFigure("1.506,5", "COUNT")).toBe(1506.5);
    expect(parseFigure("1.50", "COUNT")).toBe(1.5);
    expect(parseFigure("abc", "COUNT")).toBeNull();
    // A leading zero is no grouping: left to the decimal reading, which a count then refuses.
    expect(parseFigure("0,500", "COUNT")).toBe(0.5);
  });

  it("stores a count typed 1.506 as 1 506 through the schema", () => {
    const rules = new Map([[7, { id: 7, unit: "COUNT" as const, minValue: null, maxValue: null, nameVi: "Số dịch vụ" }]]);
    const parsed = entrySchema(rules).parse({ provinceId: "1", period: "2025-Q3", values: [{ indicatorId: "7", value: "1.506", source: "Sở", note: "", version: "0" }] });
    expect(parsed.values[0]?.value).toBe(1506);
  });
});
