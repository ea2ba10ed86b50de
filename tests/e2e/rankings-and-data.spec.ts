import { expect, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalOverflow, keepScreenshot } from "./support";

test.describe("DTI rankings and open data @phone", () => {
  test("rankings list each year's results as published", async ({ page }, info) => {
    await page.goto("/rankings");
    const year2021 = page.locator("section", { has: page.getByRole("heading", { name: "DTI 2021" }) });
    await expect(year2021.locator('tr[data-province="hau-giang"]')).toContainText("17/63");
    await expect(year2021.locator('tr[data-province="hau-giang"]')).toContainText("0,4670");
    await expect(year2021.locator('tr[data-province="an-giang"]')).toContainText("42/63");
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "rankings", info.project.name);
  });

  test("the open-data page offers CSV files with sources", async ({ page, request }, info) => {
    await page.goto("/data");
    await expect(page.getByRole("link", { name: /Số liệu theo chỉ tiêu/ })).toHaveAttribute("href", "/data/observations.csv");
    await expectAccessible(page);
    await keepScreenshot(page, "open-data", info.project.name);

    const csv = await request.get("/data/observations.csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text).toContain("an-giang,An Giang,SOC,SOC_SMARTPHONE");
    expect(text).toContain(",2022,66.2,EXACT,");
    expect(text).toContain("article-2023-02-13-an-giang-digital-economy-society");
    expect((await request.get("/data/unknown.csv")).status()).toBe(404);
  });
});
