import { describe, it, expect } from "vitest";
import {
  comparePeriods,
  periodContaining,
  previousPeriod,
  recentPeriods,
  dueFirst,
  nextQuarter,
  parsePeriod,
  periodEnd,
  periodStart,
  previousQuarter,
  quarter,
  quarterOf,
  quartersBetween,
  year,
  yearsBetween,
  type Period,
} from "./period";

const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);
const day = (d: Date) => d.toISOString().slice(0, 10);
const parsed = (code: string): Period => {
  const p = parsePeriod(code);
  if (!p) throw new Error(`test setup: ${code} should parse`);
  return p;
};

describe("parsePeriod", () => {
  it("reads years, half years and quarters", () => {
    expect(parsePeriod("2022")).toEqual({ type: "YEAR", year: 2022, index: 1, code: "2022" });
    expect(parsePeriod("2023-H2")).toEqual({ type: "HALF", year: 2023, index: 2, code: "2023-H2" });
    expect(parsePeriod("2023-Q3")).toEqual({ type: "QUARTER", year: 2023, index: 3, code: "2023-Q3" });
  });

  it("trims surrounding whitespace", () => {
    expect(parsePeriod("  2023-Q1\n")?.code).toBe("2023-Q1");
  });

  it.each(["2023-Q5", "2023-Q0", "2023Q1", "23", "2023-H3", "2023-h1", "", "2023-Q1-", "Q1 2023"])(
    "rejects malformed %j",
    (code) => {
      expect(parsePeriod(code)).toBeNull();
    },
  );

  it("accepts years 1990 to 2100 only", () => {
    expect(parsePeriod("1990")?.year).toBe(1990);
    expect(parsePeriod("2100-Q4")?.year).toBe(2100);
    expect(parsePeriod("1989")).toBeNull();
    expect(parsePeriod("2101-H1")).toBeNull();
  });
});

describe("constructors", () => {
  it("build quarter and year periods with their codes", () => {
    expect(quarter(2026, 4)).toEqual({ type: "QUARTER", year: 2026, index: 4, code: "2026-Q4" });
    expect(year(2030)).toEqual({ type: "YEAR", year: 2030, index: 1, code: "2030" });
  });

  it("refuse a quarter outside 1–4", () => {
    expect(() => quarter(2026, 5)).toThrow(RangeError);
    expect(() => quarter(2026, 1.5)).toThrow(RangeError);
  });
});

describe("periodStart / periodEnd", () => {
  it("span the period, ending on its last day at 00:00 UTC", () => {
    expect([day(periodStart(parsed("2023-Q1"))), day(periodEnd(parsed("2023-Q1")))]).toEqual([
      "2023-01-01",
      "2023-03-31",
    ]);
    expect([day(periodStart(parsed("2023-H1"))), day(periodEnd(parsed("2023-H1")))]).toEqual([
      "2023-01-01",
      "2023-06-30",
    ]);
    expect([day(periodStart(parsed("2023-H2"))), day(periodEnd(parsed("2023-H2")))]).toEqual([
      "2023-07-01",
      "2023-12-31",
    ]);
    expect([day(periodStart(parsed("2022"))), day(periodEnd(parsed("2022")))]).toEqual([
      "2022-01-01",
      "2022-12-31",
    ]);
    expect(periodEnd(parsed("2023-Q1")).toISOString()).toBe("2023-03-31T00:00:00.000Z");
  });

  it("knows February 2024 has 29 days and Q3 ends on 30 September", () => {
    expect(day(periodEnd(quarter(2024, 1)))).toBe("2024-03-31");
    expect(day(periodEnd(quarter(2023, 3)))).toBe("2023-09-30");
  });
});

describe("comparePeriods", () => {
  it("sorts by end date, the longer period first when two end the same day", () => {
    const codes = ["2023-Q4", "2023-Q1", "2023", "2022", "2023-H2", "2023-H1", "2023-Q2"];
    const sorted = codes.map(parsed).sort(comparePeriods).map((p) => p.code);
    // 2023-H1 (Jan–Jun) and 2023-Q2 (Apr–Jun) both end 30 June: H1 starts earlier
    expect(sorted).toEqual(["2022", "2023-Q1", "2023-H1", "2023-Q2", "2023", "2023-H2", "2023-Q4"]);
  });

  it("returns 0 for the same period", () => {
    expect(comparePeriods(parsed("2023-Q2"), quarter(2023, 2))).toBe(0);
  });
});

describe("quarter navigation", () => {
  it("finds the UTC quarter of a date", () => {
    expect(quarterOf(utc("2026-11-26")).code).toBe("2026-Q4");
    expect(quarterOf(new Date("2026-03-31T23:59:59.999Z")).code).toBe("2026-Q1");
    expect(quarterOf(new Date("2026-04-01T00:00:00Z")).code).toBe("2026-Q2");
  });

  it("steps across year boundaries", () => {
    expect(nextQuarter(quarter(2025, 4)).code).toBe("2026-Q1");
    expect(nextQuarter(quarter(2025, 2)).code).toBe("2025-Q3");
    expect(previousQuarter(quarter(2026, 1)).code).toBe("2025-Q4");
    expect(previousQuarter(quarter(2026, 3)).code).toBe("2026-Q2");
  });

  it("for a year or half year: previous is the quarter before its start, next the one after its end", () => {
    expect(previousQuarter(year(2024)).code).toBe("2023-Q4");
    expect(previousQuarter(parsed("2024-H2")).code).toBe("2024-Q2");
    expect(nextQuarter(year(2024)).code).toBe("2025-Q1");
    expect(nextQuarter(parsed("2024-H1")).code).toBe("2024-Q3");
  });
});

describe("yearsBetween", () => {
  it("divides milliseconds by 365.25 days", () => {
    // 2022-12-31 → 2026-12-31: 4 × 365 + 1 leap day (2024) = 1461 days = 4 × 365.25
    expect(yearsBetween(utc("2022-12-31"), utc("2026-12-31"))).toBe(4);
    // 2023-01-01 → 2024-01-01: 365 days / 365.25 = 0.99931554...
    expect(yearsBetween(utc("2023-01-01"), utc("2024-01-01"))).toBeCloseTo(0.9993155, 6);
    // backwards is negative
    expect(yearsBetween(utc("2026-12-31"), utc("2022-12-31"))).toBe(-4);
  });
});

describe("quartersBetween", () => {
  it("counts whole quarters after the one containing `from`", () => {
    // from 2026-Q4: 2027-Q1..2030-Q4 = 4 years × 4 = 16
    expect(quartersBetween(utc("2026-11-26"), utc("2030-12-31"))).toBe(16);
    // from 2026-Q3 to 2027-Q1: 2026-Q4, 2027-Q1 = 2
    expect(quartersBetween(utc("2026-07-01"), utc("2027-01-01"))).toBe(2);
  });

  it("is 0 within the same quarter and never negative", () => {
    expect(quartersBetween(utc("2025-10-15"), utc("2025-12-31"))).toBe(0);
    expect(quartersBetween(utc("2030-12-31"), utc("2026-11-26"))).toBe(0);
  });
});

describe("previousPeriod", () => {
  it("steps back one period of the same kind, across the year", () => {
    expect(previousPeriod(parsePeriod("2025-Q1")!).code).toBe("2024-Q4");
    expect(previousPeriod(parsePeriod("2025-Q3")!).code).toBe("2025-Q2");
    expect(previousPeriod(parsePeriod("2025-H1")!).code).toBe("2024-H2");
    expect(previousPeriod(parsePeriod("2025-H2")!).code).toBe("2025-H1");
    expect(previousPeriod(parsePeriod("2025")!).code).toBe("2024");
  });
});

describe("recentPeriods", () => {
  it("counts back from the current quarter and year", () => {
    const codes = recentPeriods(new Date("2026-11-26T00:00:00Z"), { quarters: 3, years: 2 }).map((p) => p.code);
    expect(codes).toEqual(["2026-Q4", "2026-Q3", "2026-Q2", "2026", "2025"]);
  });
});

describe("dueFirst", () => {
  it("picks the latest period that has ended, not the quarter still running", () => {
    const periods = recentPeriods(new Date("2026-12-06T00:00:00Z"), { quarters: 4, years: 2 });
    expect(dueFirst(periods, new Date("2026-12-06T00:00:00Z"))?.code).toBe("2026-Q3");
    // On the first day of a quarter the one just ended is due.
    expect(dueFirst(recentPeriods(new Date("2027-01-01T00:00:00Z"), { quarters: 2, years: 2 }), new Date("2027-01-01T00:00:00Z"))?.code).toBe("2026-Q4");
  });
});

describe("periodContaining", () => {
  it("finds the quarter, the half year and the year of a day", () => {
    const day = new Date("2026-07-01T00:00:00Z");
    expect(periodContaining("QUARTER", day).code).toBe("2026-Q3");
    expect(periodContaining("HALF", day).code).toBe("2026-H2");
    expect(periodContaining("HALF", new Date("2026-06-30T00:00:00Z")).code).toBe("2026-H1");
    expect(periodContaining("YEAR", day).code).toBe("2026");
  });
});
