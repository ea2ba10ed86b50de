import { describe, expect, it } from "vitest";
import { MAX_RECORD_ID, recordId } from "./record-id";

describe("recordId", () => {
  it("reads the ids a page posts", () => {
    expect(recordId("1")).toBe(1);
    expect(recordId("42")).toBe(42);
    expect(recordId(String(MAX_RECORD_ID))).toBe(MAX_RECORD_ID);
  });

  it("refuses what no column holds or no page posts", () => {
    for (const text of ["", "0", "-1", "1.0", "1e3", "0x10", " 1", "2147483648", "99999999999999999999", "18446744073709551616"]) expect(recordId(text), text).toBeNull();
  });
});
