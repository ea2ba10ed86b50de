import { describe, expect, it } from "vitest";
import { localePath, splitLocale } from "@/lib/i18n/paths";

describe("language paths", () => {
  it("keeps Vietnamese at the plain address and puts English under /en, query and all", () => {
    expect(localePath("/", "vi")).toBe("/");
    expect(localePath("/", "en")).toBe("/en");
    expect(localePath("/?x=1", "en")).toBe("/en?x=1");
    expect(localePath("/compare?p=an-giang&p=hau-giang&pillar=GOV", "en")).toBe("/en/compare?p=an-giang&p=hau-giang&pillar=GOV");
    expect(localePath("/indicators/GOV_E_DOCUMENTS#chart", "vi")).toBe("/indicators/GOV_E_DOCUMENTS#chart");
  });

  it("leaves the working side, which speaks only Vietnamese, at its Vietnamese address", () => {
    expect(localePath("/work", "en")).toBe("/work");
    expect(localePath("/work/reports/an-giang/2025", "en")).toBe("/work/reports/an-giang/2025");
    expect(localePath("/sign-in?next=/work", "en")).toBe("/sign-in?next=/work");
    expect(localePath("/workshop", "en")).toBe("/en/workshop");
  });

  it("reads the language and the page from an address, and goes back to the same address", () => {
    expect(splitLocale("/en/compare")).toEqual({ locale: "en", path: "/compare" });
    expect(splitLocale("/en")).toEqual({ locale: "en", path: "/" });
    expect(splitLocale("/english")).toEqual({ locale: "vi", path: "/english" });
    expect(splitLocale("/vi/rankings")).toEqual({ locale: "vi", path: "/rankings" });
    expect(splitLocale("/")).toEqual({ locale: "vi", path: "/" });
    for (const path of ["/", "/compare", "/provinces/an-giang-2025", "/data/api"]) {
      expect(splitLocale(localePath(path, "en"))).toEqual({ locale: "en", path });
    }
  });
});
