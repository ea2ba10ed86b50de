import { describe, expect, it } from "vitest";
import { i18nFor } from "@/lib/i18n/i18n";
import { clip, shareImagePath, shareMetadata } from "@/features/public-pages/share";

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

  it("gives a page with a share image its picture, 1200×630 in the page's language, and a large card", () => {
    for (const [locale, url] of [["vi", "/indicators/SOC_SMARTPHONE/share.png?p=an-giang&p=hau-giang"], ["en", "/en/indicators/SOC_SMARTPHONE/share.png?p=an-giang&p=hau-giang"]] as const) {
      const meta = shareMetadata({ title: "Điện thoại thông minh", description: "…", path: "/indicators/SOC_SMARTPHONE?p=an-giang&p=hau-giang", t: i18nFor(locale), image: true });
      const image = { url, width: 1200, height: 630, type: "image/png", alt: i18nFor(locale).m.share.image.alt("Điện thoại thông minh") };
      expect(meta.openGraph?.images).toEqual([image]);
      expect(meta.twitter).toMatchObject({ card: "summary_large_image", images: [image] });
    }
    const plain = shareMetadata({ title: "So sánh", description: "…", path: "/compare", t: i18nFor("vi") });
    expect(plain.openGraph?.images).toBeUndefined();
    expect(plain.twitter).toMatchObject({ card: "summary" });
  });

  it("puts the share image under the page's own address, with the page's query", () => {
    expect(shareImagePath("/provinces/an-giang")).toBe("/provinces/an-giang/share.png");
    expect(shareImagePath("/provinces/an-giang/report/2025-Q3")).toBe("/provinces/an-giang/report/2025-Q3/share.png");
    expect(shareImagePath("/indicators/SOC_SMARTPHONE?p=an-giang")).toBe("/indicators/SOC_SMARTPHONE/share.png?p=an-giang");
  });

  it("cuts a long sentence at a word", () => {
    expect(clip("một hai ba", 200)).toBe("một hai ba");
    const cut = clip("Tỷ lệ dân số trưởng thành có điện thoại thông minh của An Giang là 66,2%", 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toBe("Tỷ lệ dân số trưởng thành có…");
  });
});
