import { describe, it, expect } from "vitest";
import { cleanText } from "./text";

describe("cleanText", () => {
  it("drops NUL, other controls and bidirectional overrides, keeps line breaks and Vietnamese letters", () => {
    expect(cleanText("Báo\u0000 cáo\u202e quý 3\u2066/2025\u2069")).toBe("Báo cáo quý 3/2025");
    expect(cleanText("dòng 1\ndòng 2\tcột")).toBe("dòng 1\ndòng 2\tcột");
    expect(cleanText("Ho\u0300a")).toBe("Hòa");
    expect(cleanText("\u200fabc\u200e\u007f")).toBe("abc");
  });

  it("drops C1 controls, the Arabic letter mark and characters that take no space, so texts that look the same are the same", () => {
    expect(cleanText("Sở\u0085 TT\u009b&TT\u061c")).toBe("Sở TT&TT");
    expect(cleanText("Báo\u200b cáo\u200c\u200d\u2060 quý\ufeff 3\u00ad")).toBe("Báo cáo quý 3");
    expect(cleanText("dòng 1\u2028dòng 2")).toBe("dòng 1\ndòng 2");
  });
});
