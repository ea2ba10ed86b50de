import { expect, test } from "@playwright/test";
import Papa from "papaparse";
import { expectAccessible, expectNoHorizontalOverflow, indicatorCard, keepScreenshot, latestFigure } from "./support";

/** Every public page, by its Vietnamese address, with the heading its English twin must show. */
const PAGES = [
  { path: "/", heading: "Digital transformation of the provinces: overview" },
  { path: "/provinces/an-giang", heading: "Digital transformation scorecard — An Giang (until 30 June 2025)" },
  { path: "/indicators", heading: "Indicators tracked" },
  { path: "/indicators/SOC_SMARTPHONE?p=an-giang&p=hau-giang", heading: "Adults with a smartphone" },
  { path: "/compare?p=an-giang&p=hau-giang&pillar=SOC", heading: "Compare provinces" },
  { path: "/rankings", heading: "Provincial Digital Transformation Index (DTI) rankings" },
  { path: "/data", heading: "Open data" },
  { path: "/data/api", heading: "Open data API" },
];

const english = (path: string) => (path === "/" ? "/en" : `/en${path}`);

test.describe("English pages @phone", () => {
  for (const { path, heading } of PAGES) {
    test(`${english(path)} speaks English, names its Vietnamese twin, and is accessible`, async ({ page }, info) => {
      // Once, at a phone's width, where long English words are likeliest to break the layout; the desktop run checks the rest.
      test.skip(info.project.name !== "phone", "runs on the phone only");
      await page.goto(english(path));
      await expect(page.locator("html")).toHaveAttribute("lang", "en");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
      // Search engines and readers find the other language of the same page.
      const address = path.split("#")[0]!;
      await expect(page.locator('link[rel="alternate"][hreflang="vi"]')).toHaveAttribute("href", new RegExp(`:\\d+${escape(address === "/" ? "" : address)}/?$`));
      await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", new RegExp(`${escape(english(address))}$`));
      await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "en_GB");
      // Every link of the page stays in English, except the working side, which speaks only Vietnamese.
      const hrefs = await page.locator("main a[href^='/'], header a[href^='/']:not([hreflang])").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
      const stray = hrefs.filter((href) => !/^\/(en(\/|\?|#|$)|api\/|data\/[\w-]+\.(csv|json)$|work|sign-in)/.test(href));
      expect(stray, "links that leave the English side").toEqual([]);
      await expectAccessible(page);
      await expectNoHorizontalOverflow(page);
      await keepScreenshot(page, `en${path === "/" ? "-overview" : path.replace(/[/?=&]+/g, "-")}`, info.project.name);
    });
  }

  test("figures, periods and dates are written the English way, names in English", async ({ page }) => {
    await page.goto("/en/provinces/an-giang");
    const smartphone = indicatorCard(page, "Adults with a smartphone");
    await expect(smartphone.getByRole("link").first()).toHaveText("Adults with a smartphone");
    await expect(latestFigure(smartphone, "en")).toHaveText("66.2%");
    await expect(smartphone).toContainText("2022");
    await expect(smartphone).toContainText("provincial target");
    await expect(smartphone.getByRole("img")).toHaveAttribute("aria-label", "Value 66.2% against a target of 80%");
    // The source keeps its Vietnamese headline, marked as Vietnamese, with its English rendering beside it.
    const citation = smartphone.locator("cite").first();
    await expect(citation.locator('[lang="vi"]').first()).toHaveText("An Giang đẩy mạnh phát triển kinh tế số, xã hội số");
    await expect(citation).toContainText("[An Giang steps up the development of the digital economy and digital society]");
    await expect(citation).toContainText("13 Feb 2023");
    const onTime = indicatorCard(page, "Dossiers settled early or on time");
    await expect(latestFigure(onTime, "en")).toHaveText("more than 99%");
    await expect(onTime.getByRole("img", { name: /^Trend:/ })).toHaveAccessibleName(/^Trend: 97% \(2020\), more than 98\.62% \(2021\), .*more than 99% \(Q2 2025, to 21 May 2025\)$/);

    // An indicator's definition in English.
    await page.goto("/en/indicators/GOV_L34_SERVICES");
    const definition = page.locator("#definition + dl dd").first();
    await expect(definition).not.toHaveText(/[ăâđêôơư]/i);
    await expect(definition).toContainText("level-3 and level-4 public administrative services");

    // The same page in Vietnamese, for comparison.
    await page.goto("/provinces/an-giang");
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(latestFigure(indicatorCard(page, "Tỷ lệ dân số trưởng thành có điện thoại thông minh"))).toHaveText("66,2%");
    await expect(indicatorCard(page, "Tỷ lệ dân số trưởng thành có điện thoại thông minh").locator("cite").first()).toContainText("13/2/2023");
  });

  test("the overview's status tables fit a phone's screen in English, every count in sight", async ({ page }, info) => {
    test.skip(info.project.name !== "phone", "a phone's width");
    await page.goto("/en");
    const tables = await page.locator("section[data-province] table").all();
    expect(tables.length).toBeGreaterThan(1);
    for (const table of tables) expect(await table.evaluate((t) => t.scrollWidth - t.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
  });

  test("the language switch keeps the page and its query, both ways", async ({ page }) => {
    await page.goto("/compare?p=an-giang&p=hau-giang&p=can-tho-2025&pillar=SOC");
    await page.getByRole("link", { name: /^English — / }).click();
    await expect(page).toHaveURL(/\/en\/compare\?p=an-giang&p=hau-giang&p=can-tho-2025&pillar=SOC$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("table", { name: /latest figures for each province and the 2025 target$/ }).locator("thead th")).toHaveText(["Indicator", "An Giang (until 30 June 2025)", "Hau Giang", "Can Tho city (from 1 July 2025)"]);
    await page.getByRole("link", { name: /^Tiếng Việt — / }).click();
    await expect(page).toHaveURL(/\/compare\?p=an-giang&p=hau-giang&p=can-tho-2025&pillar=SOC$/);
    await expect(page).not.toHaveURL(/\/en\//);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
  });

  test("the English downloads name units in English; an unknown page answers in English; the working side stays Vietnamese", async ({ page, request }) => {
    const csv = await (await request.get("/en/compare/csv?p=an-giang&p=hau-giang&pillar=SOC")).text();
    expect(csv).toContain("Adults with a smartphone");
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;
    expect(new Set(rows.map((r) => r.province_name))).toEqual(new Set(["An Giang (until 30 June 2025)", "Hau Giang"]));

    // The licence is named in the page's language.
    await page.goto("/en/data");
    await expect(page.getByRole("paragraph").filter({ hasText: "The data are provided under the licence" }).getByRole("link")).toHaveText("Creative Commons Attribution 4.0 International (CC BY 4.0)");
    // Vietnamese text in the data stays marked as Vietnamese: the units' Vietnamese names in the preview, the sources' titles.
    const units = page.locator('[data-dataset="units"]');
    await units.locator("summary", { hasText: "First 5 rows" }).click();
    await expect(units.locator('td[lang="vi"]').first()).toHaveText(/[ăâđêôơư]/i);
    await expect(page.getByRole("table", { name: "List of sources" }).locator('tr[data-source="article-2023-02-13-an-giang-digital-economy-society"] [lang="vi"]')).toHaveText("An Giang đẩy mạnh phát triển kinh tế số, xã hội số");

    const missing = await page.goto("/en/no-such-page");
    expect(missing?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("link", { name: "Back to the overview" })).toHaveAttribute("href", "/en");

    await page.goto("/en/sign-in");
    await expect(page).toHaveURL(/\/sign-in$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "vi");
    await expect(page.getByRole("link", { name: /^(English|Tiếng Việt) — / })).toHaveCount(0);
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
