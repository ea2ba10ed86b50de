import { describe, it, expect } from "vitest";
import { rankWithTies } from "./rank";

const ranks = (values: Array<number | null>, direction?: "HIGHER_IS_BETTER" | "LOWER_IS_BETTER") =>
  rankWithTies(values, (v) => v, direction).map((r) => r.rank);

describe("rankWithTies", () => {
  it("shares ranks on ties and skips the places they take, keeping input order", () => {
    // 0.7 and 0.7 share 1st; 0.5 comes after two items → 3rd; 0.2 → 4th
    expect(ranks([0.5, 0.7, 0.7, 0.2])).toEqual([3, 1, 1, 4]);
  });

  it("returns each original item next to its rank", () => {
    const provinces = [
      { name: "Hà Nội", score: 0.61 },
      { name: "Đà Nẵng", score: 0.72 },
    ];
    expect(rankWithTies(provinces, (p) => p.score)).toEqual([
      { item: provinces[0], rank: 2 },
      { item: provinces[1], rank: 1 },
    ]);
  });

  it("gives missing values no rank and no place", () => {
    // non-null values 0.4, 0.9, 0 rank 2, 1, 3: the nulls neither rank nor push 0 down to 5th
    expect(ranks([0.4, null, 0.9, null, 0])).toEqual([2, null, 1, null, 3]);
  });

  it("ranks the smallest first when lower is better", () => {
    // 3 → 1st, 5 and 5 share 2nd, 8 → 4th
    expect(ranks([5, 3, 8, 5], "LOWER_IS_BETTER")).toEqual([2, 1, 4, 2]);
  });

  it("returns an empty list for no items", () => {
    expect(rankWithTies([], () => 1)).toEqual([]);
  });
});
