import { describe, expect, it } from "vitest";
import { valueTicks } from "./chart-scale";

describe("valueTicks", () => {
  it("gives even, round steps that reach past the largest value", () => {
    expect(valueTicks(10, "PERCENT")).toEqual([0, 2.5, 5, 7.5, 10, 12.5]);
    expect(valueTicks(2242, "COUNT")).toEqual([0, 1000, 2000, 3000]);
    expect(valueTicks(30, "PERCENT")).toEqual([0, 10, 20, 30, 40]);
  });

  it("stops a percentage at 100", () => {
    expect(valueTicks(99.77, "PERCENT")).toEqual([0, 25, 50, 75, 100]);
    expect(valueTicks(100, "PERCENT")).toEqual([0, 25, 50, 75, 100]);
  });

  it("runs ranks from 1 to the next ten", () => {
    expect(valueTicks(17, "RANK")).toEqual([1, 10, 20]);
    expect(valueTicks(57, "RANK")).toEqual([1, 20, 40, 60]);
  });

  it("still has an axis when every value is zero", () => {
    expect(valueTicks(0, "COUNT").length).toBeGreaterThan(1);
  });
});
