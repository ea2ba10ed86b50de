import { describe, it, expect } from "vitest";
import { safeNext } from "./safe-next";

describe("safeNext", () => {
  it("follows pages of the working area, with their query", () => {
    expect(safeNext("/work")).toBe("/work");
    expect(safeNext("/work/reports/an-giang/2025-Q3?saved=1")).toBe("/work/reports/an-giang/2025-Q3?saved=1");
  });

  it.each([
    "/work/../..//evil.example",
    "/work%2F..%2F..%2F%2Fevil.example",
    "/work/%2e%2e/%2e%2e//evil.example",
    "//evil.example/work",
    "/\\evil.example",
    "https://evil.example/work",
    "/workshop",
    "/work/../sign-in",
    "/work/..%2f..%2f",
    "work",
    "",
    undefined,
    "/work\n/x",
  ])("sends %j to /work", (next) => {
    expect(safeNext(next)).toBe("/work");
  });

  it("never leaves the site, whatever a browser makes of it", () => {
    for (const next of ["/work/../..//evil.example", "/work/./x", "/work/a/../b"]) {
      const resolved = new URL(safeNext(next), "https://dti.example");
      expect(resolved.origin).toBe("https://dti.example");
      expect(resolved.pathname.startsWith("/work")).toBe(true);
    }
  });
});
