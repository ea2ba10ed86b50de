import { describe, expect, it } from "vitest";
import { decodeCacheable, encodeCacheable } from "./cacheable";

/** What the data cache does to a value: JSON there and back. */
const throughCache = (value: unknown) => decodeCacheable(JSON.parse(JSON.stringify(encodeCacheable(value))));

describe("values kept in the data cache", () => {
  it("come back with their dates as dates and every number as it was", () => {
    const value = {
      asOf: new Date("2026-11-26T10:00:00.000Z"),
      rows: [{ value: 61.5, period: "2026-Q3", publishedOn: new Date("2026-10-02T00:00:00.000Z"), qualifier: null }],
      missing: [undefined, NaN, Infinity, -Infinity, 0, -1],
      note: undefined,
    };
    const back = throughCache(value) as typeof value;
    expect(back).toEqual(value);
    expect(back.asOf).toBeInstanceOf(Date);
    expect(back.rows[0]!.publishedOn.getTime()).toBe(value.rows[0]!.publishedOn.getTime());
    expect(Number.isNaN(back.missing[1])).toBe(true);
    expect(back.missing[0]).toBeUndefined();
    expect(back.missing).toHaveLength(6);
  });

  it("refuse what JSON cannot carry back rather than change it", () => {
    expect(() => encodeCacheable({ m: new Map() })).toThrow(/Map/);
    expect(() => encodeCacheable(new Set([1]))).toThrow(/Set/);
    expect(() => encodeCacheable({ n: 10n })).toThrow(/BigInt/);
    expect(() => encodeCacheable({ $cacheable: "date" })).toThrow(/key named/);
  });
});
