import { describe, expect, it } from "vitest";
import { i18nFor } from "@/lib/i18n/i18n";
import { clip, shareMetadata } from "@/features/public-pages/share";

describe("share metadata", () => {
  it("gives the page's title and sentence to Open Graph and Twitter, with its own address", () => {
    const meta = shareMetadata({ title: "An Giang", description: "Số liệu mới nhất: năm 2024.", path: "/provinces/an-giang", t: i18nFor("vi") });
    expect(meta.openGraph).toMatchObject({ title: "An Giang — Chuyển đổi số cấp tỉnh", description: "Số liệu mới nhất: năm 2024.", url: "/provinces/an-giang", locale: "vi_VN", alternateLocale: "en_GB" });
    expect(meta.twitter).toMatchObject({ card: "summary", title: "An Giang — Chuyển đổi số cấp tỉnh" });
    expect(meta.alternates?.canonical).toBe("/provinces/an-giang");
  });

  it("names the page in both languages, each at its own address, whichever language is shown", () => {
    for (const locale of ["vi", "en"] as const) {
      const meta = shareMetadata({ title: "An Giang", description: "…", path: "/compare?p=an-giang&pillar=GOV", t: i18nFor(locale) });
      expect(meta.alternates?.languages).toEqual({ vi: "/compare?p=an-giang&pillar=GOV", en: "/en/compare?p=an-giang&pillar=GOV", "x-default": "/compare?p=an-giang&pillar=GOV" });
    }
    const english = shareMetadata({ title: "An Giang", description: "…", path: "/", t: i18nFor("en") });
    expect(english.alternates?.canonical).toBe("/en");
    expect(english.openGraph).toMatchObject({ url: "/en", locale: "en_GB", siteName: i18nFor("en").m.site.title });
  });

  it("cuts a long sentence at a word", () => {
    expect(clip("một hai ba", 200)).toBe("một hai ba");
    const cut = clip("Tỷ lệ dân số trưởng thành có điện thoại thông minh của An Giang là 66,2%", 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toBe("Tỷ lệ dân số trưởng thành có…");
  });
});
