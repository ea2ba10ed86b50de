import { describe, expect, it } from "vitest";
import { clip, shareMetadata } from "@/lib/share";

describe("share metadata", () => {
  it("gives the page's title and sentence to Open Graph and Twitter, with its own address", () => {
    const meta = shareMetadata({ title: "An Giang", description: "Số liệu mới nhất: năm 2024.", path: "/provinces/an-giang", siteName: "Chuyển đổi số cấp tỉnh" });
    expect(meta.openGraph).toMatchObject({ title: "An Giang — Chuyển đổi số cấp tỉnh", description: "Số liệu mới nhất: năm 2024.", url: "/provinces/an-giang", locale: "vi_VN" });
    expect(meta.twitter).toMatchObject({ card: "summary", title: "An Giang — Chuyển đổi số cấp tỉnh" });
    expect(meta.alternates?.canonical).toBe("/provinces/an-giang");
  });

  it("cuts a long sentence at a word", () => {
    expect(clip("một hai ba", 200)).toBe("một hai ba");
    const cut = clip("Tỷ lệ dân số trưởng thành có điện thoại thông minh của An Giang là 66,2%", 30);
    expect(cut.length).toBeLessThanOrEqual(30);
    expect(cut).toBe("Tỷ lệ dân số trưởng thành có…");
  });
});
