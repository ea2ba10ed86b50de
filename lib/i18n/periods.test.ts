import { describe, expect, it } from "vitest";
import { parsePeriod } from "@/lib/domain/period";
import { formatPeriod, formatPeriodShort, labelPeriod } from "@/lib/i18n/periods";

const parsed = (code: string) => parsePeriod(code)!;

describe("formatPeriod", () => {
  it("writes Vietnamese labels", () => {
    expect(formatPeriod(parsed("2023-Q1"), "vi")).toBe("Quý 1/2023");
    expect(formatPeriod(parsed("2023-H1"), "vi")).toBe("6 tháng đầu năm 2023");
    expect(formatPeriod(parsed("2023-H2"), "vi")).toBe("6 tháng cuối năm 2023");
    expect(formatPeriod(parsed("2022"), "vi")).toBe("Năm 2022");
  });

  it("writes English labels", () => {
    expect(formatPeriod(parsed("2023-Q1"), "en")).toBe("Q1 2023");
    expect(formatPeriod(parsed("2023-H1"), "en")).toBe("H1 2023");
    expect(formatPeriod(parsed("2023-H2"), "en")).toBe("H2 2023");
    expect(formatPeriod(parsed("2022"), "en")).toBe("2022");
  });
});

describe("formatPeriodShort", () => {
  it("fits a bar label in either language", () => {
    expect(formatPeriodShort(parsePeriod("2022")!, "vi")).toBe("2022");
    expect(formatPeriodShort(parsePeriod("2023-H1")!, "vi")).toBe("6T đầu 2023");
    expect(formatPeriodShort(parsePeriod("2023-H2")!, "vi")).toBe("6T cuối 2023");
    expect(formatPeriodShort(parsePeriod("2025-Q3")!, "vi")).toBe("Q3/2025");
    expect(formatPeriodShort(parsePeriod("2025-Q3")!, "en")).toBe("Q3 2025");
  });
});

describe("labelPeriod", () => {
  it("words a stored code, short where asked, and shows a code it cannot read as it is", () => {
    expect(labelPeriod("2023-H1", "vi")).toBe("6 tháng đầu năm 2023");
    expect(labelPeriod("2023-H1", "vi", true)).toBe("6T đầu 2023");
    expect(labelPeriod("Q9", "vi")).toBe("Q9");
  });
});
