import { describe, it, expect } from "vitest";
import { comparatorSymbol, meetsTarget, type Comparator } from "./targets";

describe("meetsTarget", () => {
  it("'more than 70 %' (GT) is not met by 70 but is by 70.1", () => {
    expect(meetsTarget(70, "GT", 70)).toBe(false);
    expect(meetsTarget(70.1, "GT", 70)).toBe(true);
  });

  it("'80 %' (GTE) is met by 80 and not by 79.9", () => {
    expect(meetsTarget(80, "GTE", 80)).toBe(true);
    expect(meetsTarget(79.9, "GTE", 80)).toBe(false);
  });

  it("LTE and LT mirror GTE and GT", () => {
    expect(meetsTarget(5, "LTE", 5)).toBe(true);
    expect(meetsTarget(5.1, "LTE", 5)).toBe(false);
    expect(meetsTarget(5, "LT", 5)).toBe(false);
    expect(meetsTarget(4.9, "LT", 5)).toBe(true);
  });

  it("EQ tolerates floating-point noise up to 1e-9", () => {
    // 0.1 + 0.2 = 0.30000000000000004, off by 4e-17
    expect(meetsTarget(0.1 + 0.2, "EQ", 0.3)).toBe(true);
    // off by 1e-6, well above the tolerance
    expect(meetsTarget(0.300001, "EQ", 0.3)).toBe(false);
  });
});

describe("comparatorSymbol", () => {
  it("maps each comparator to its mathematical sign", () => {
    const all: Comparator[] = ["GT", "GTE", "EQ", "LTE", "LT"];
    expect(all.map(comparatorSymbol)).toEqual([
      ">",
      "≥",
      "=",
      "≤",
      "<",
    ]);
  });
});
