import { describe, it, expect } from "vitest";
import { formatNumber, formatValue, parseDecimal } from "./format";

describe("formatNumber", () => {
  it("uses '.' for thousands and ',' for decimals in Vietnamese", () => {
    expect(formatNumber(6874, "vi")).toBe("6.874");
    expect(formatNumber(66.2, "vi")).toBe("66,2");
    expect(formatNumber(1506, "vi")).toBe("1.506");
    expect(formatNumber(1234567.891, "vi")).toBe("1.234.567,89");
  });

  it("uses ',' for thousands and '.' for decimals in English", () => {
    expect(formatNumber(6874, "en")).toBe("6,874");
    expect(formatNumber(66.2, "en")).toBe("66.2");
  });

  it("rounds to the requested fraction digits without a '-0'", () => {
    // 2/3 = 0.666… → 0.667 at three digits
    expect(formatNumber(2 / 3, "vi", 3)).toBe("0,667");
    expect(formatNumber(-0.001, "vi")).toBe("0");
    expect(formatNumber(-1234.5, "vi")).toBe("-1.234,5");
  });
});

describe("formatValue", () => {
  it("writes percentages with no space before '%'", () => {
    expect(formatValue(66.2, "PERCENT", "vi")).toBe("66,2%");
    expect(formatValue(66.2, "PERCENT", "en")).toBe("66.2%");
  });

  it("writes counts and ranks as grouped integers", () => {
    expect(formatValue(67500, "COUNT", "vi")).toBe("67.500");
    expect(formatValue(67500, "COUNT", "en")).toBe("67,500");
    expect(formatValue(12, "RANK", "vi")).toBe("12");
  });

  it("writes scores with exactly four decimals", () => {
    expect(formatValue(0.467, "SCORE", "vi")).toBe("0,4670");
    expect(formatValue(0.467, "SCORE", "en")).toBe("0.4670");
  });
});

describe("parseDecimal", () => {
  it.each([
    ["66,2", 66.2],
    ["66.2", 66.2],
    // a lone separator is a decimal mark, even before three digits
    ["1.506", 1.506],
    ["1,506", 1.506],
    // the same mark repeated is a thousands separator
    ["1.506.000", 1506000],
    ["1,506,000", 1506000],
    // both marks: the last one is decimal
    ["6.874,5", 6874.5],
    ["6,874.5", 6874.5],
    ["1.506.000,25", 1506000.25],
    // spaces (plain, non-breaking, narrow non-breaking) between thousands
    ["1 506", 1506],
    ["1\u00a0506\u202f000", 1506000],
    ["1 506,5", 1506.5],
    ["  42  ", 42],
    ["+5", 5],
    ["-3,25", -3.25],
    ["66,2%", 66.2],
    ["66,2 %", 66.2],
    ["0,5", 0.5],
    [",5", 0.5],
    ["007", 7],
  ])("reads %j as %d", (input, expected) => {
    expect(parseDecimal(input)).toBe(expected);
  });

  it.each([
    "",
    "   ",
    "%",
    "12a",
    "abc",
    "NaN",
    "Infinity",
    "1.2.3",
    "1,2,3",
    "1.50.000",
    "1,5.2",
    "1.506,000.5",
    "66,",
    ".",
    "1 2",
    "1.506 000",
    "--5",
    "5-",
    "1e3",
  ])("rejects %j", (input) => {
    expect(parseDecimal(input)).toBeNull();
  });
});
