import { describe, expect, it } from "vitest";
import { i18nFor } from "@/lib/i18n/i18n";

describe("a language's formats", () => {
  it("writes a distance between figures in percentage points for a percentage, singular only for exactly one", () => {
    const [vi, en] = [i18nFor("vi"), i18nFor("en")];
    expect(vi.difference(2.1, "PERCENT")).toBe("2,1 điểm %");
    expect(en.difference(2.1, "PERCENT")).toBe("2.1 percentage points");
    expect(en.difference(1, "PERCENT")).toBe("1 percentage point");
    expect(en.difference(1.004, "PERCENT")).toBe("1 percentage point");
    expect(en.difference(1.01, "PERCENT")).toBe("1.01 percentage points");
    expect(en.difference(1506, "COUNT")).toBe("1,506");
    expect(vi.difference(1506, "COUNT")).toBe("1.506");
  });

  it("names records, periods and dates in the language, and addresses in its part of the site", () => {
    const [vi, en] = [i18nFor("vi"), i18nFor("en")];
    const unit = { nameVi: "Hậu Giang", nameEn: "Hau Giang" };
    expect([vi.name(unit), en.name(unit)]).toEqual(["Hậu Giang", "Hau Giang"]);
    expect(en.definition({ definitionVi: "Định nghĩa", definitionEn: null })).toBe("Định nghĩa");
    expect([vi.period("2024-Q3"), en.period("2024-Q3")]).toEqual(["Quý 3/2024", "Q3 2024"]);
    const day = new Date(Date.UTC(2025, 6, 1));
    expect([vi.date(day), en.date(day)]).toEqual(["01/7/2025", "1 Jul 2025"]);
    expect([vi.href("/compare?p=an-giang"), en.href("/compare?p=an-giang")]).toEqual(["/compare?p=an-giang", "/en/compare?p=an-giang"]);
  });

  it("keeps a source's title as published, in its own language, and adds the English rendering only on English pages", () => {
    const [vi, en] = [i18nFor("vi"), i18nFor("en")];
    const vietnamese = { title: "Xếp hạng DTI 2024", titleEn: "DTI ranking 2024" };
    expect(vi.sourceTitle(vietnamese)).toEqual({ title: "Xếp hạng DTI 2024", lang: "vi", translation: null });
    expect(en.sourceTitle(vietnamese)).toEqual({ title: "Xếp hạng DTI 2024", lang: "vi", translation: "DTI ranking 2024" });
    const english = { title: "Digital economy report", titleEn: "Digital economy report" };
    expect(en.sourceTitle(english)).toEqual({ title: "Digital economy report", lang: "en", translation: null });
    expect(vi.sourceTitle(english).lang).toBe("en");
    expect(en.sourceTitle({ title: "Báo cáo quý", titleEn: null })).toEqual({ title: "Báo cáo quý", lang: "vi", translation: null });
  });
});

describe("a figure with its qualifier", () => {
  it("prefixes the Vietnamese qualifier", () => {
    expect(i18nFor("vi").qualified(67500, "COUNT", "MORE_THAN")).toBe("hơn 67.500");
    expect(i18nFor("vi").qualified(0.5, "PERCENT", "LESS_THAN")).toBe("dưới 0,5%");
    expect(i18nFor("vi").qualified(2200, "COUNT", "APPROXIMATELY")).toBe("gần 2.200");
  });

  it("prefixes the English qualifier", () => {
    expect(i18nFor("en").qualified(67500, "COUNT", "MORE_THAN")).toBe("more than 67,500");
    expect(i18nFor("en").qualified(0.5, "PERCENT", "LESS_THAN")).toBe("less than 0.5%");
    expect(i18nFor("en").qualified(2200, "COUNT", "APPROXIMATELY")).toBe("nearly 2,200");
  });

  it("shows only the value when exact", () => {
    expect(i18nFor("vi").qualified(66.2, "PERCENT", "EXACT")).toBe("66,2%");
  });
});
