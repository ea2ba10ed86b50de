import { describe, expect, it } from "vitest";
import { KeptBytes } from "./kept";

const bytes = (n: number, fill = 1) => new Uint8Array(n).fill(fill);

describe("kept bytes", () => {
  it("are made once per key, by one making however many ask at once", async () => {
    const kept = new KeptBytes(1000);
    let made = 0;
    const make = async () => {
      made += 1;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return bytes(10);
    };
    const [a, b] = await Promise.all([kept.keep("report vi 2026-01-01", make), kept.keep("report vi 2026-01-01", make)]);
    expect(a).toBe(b);
    expect(await kept.keep("report vi 2026-01-01", make)).toBe(a);
    expect(made).toBe(1);
    // Another key (the data changed): made afresh.
    await kept.keep("report vi 2026-02-01", make);
    expect(made).toBe(2);
  });

  it("keep nothing that failed to be made", async () => {
    const kept = new KeptBytes(1000);
    await expect(kept.keep("k", () => Promise.reject(new Error("no chart")))).rejects.toThrow("no chart");
    expect(kept.size).toBe(0);
    expect(await kept.keep("k", () => bytes(3))).toHaveLength(3);
  });

  it("let the least recently used go once the budget is spent, and never keep what is larger than all of it", () => {
    const kept = new KeptBytes(30);
    kept.keepNow("a", () => bytes(10, 1));
    kept.keepNow("b", () => bytes(10, 2));
    kept.keepNow("c", () => bytes(10, 3));
    // "a" used again, so "b" is the oldest when "d" needs room.
    kept.keepNow("a", () => bytes(10, 9));
    kept.keepNow("d", () => bytes(10, 4));
    expect(kept.keepNow("a", () => bytes(10, 9))[0]).toBe(1);
    expect(kept.keepNow("b", () => bytes(10, 8))[0]).toBe(8);
    kept.keepNow("huge", () => bytes(31));
    expect(kept.size).toBe(3);
  });
});
