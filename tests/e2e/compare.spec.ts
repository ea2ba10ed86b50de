import { expect, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalOverflow, keepScreenshot } from "./support";

test.describe("comparison @phone", () => {
  test("grouped bars with target markers and the same figures as a table", async ({ page }, info) => {
    await page.goto("/compare");
    const row = page.getByTestId("compare-table").locator('tr[data-indicator="SOC_SMARTPHONE"]');
    await expect(row.locator('td[data-province="an-giang"]')).toContainText("66,2%");
    await expect(row.locator('td[data-province="hau-giang"]')).toContainText("75%");
    await expect(row.locator('td[data-province="hau-giang"]')).toContainText("6 tháng đầu năm 2023");

    // The chart draws one bar per province and figure (An Giang: 3, Hau Giang: 4 percentages in this pillar).
    await expect(page.locator(".recharts-bar-rectangle")).toHaveCount(7);
    await expect(page.locator("figure").getByText("Mục tiêu 2025")).toBeVisible();

    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "compare", info.project.name);
  });

  test("the chosen provinces and pillar live in the URL", async ({ page }) => {
    await page.goto("/compare?p=hau-giang&pillar=GOV");
    await expect(page.getByRole("checkbox", { name: "Hậu Giang" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "An Giang" })).not.toBeChecked();
    await expect(page.getByRole("combobox", { name: "Trụ cột" })).toHaveValue("GOV");
    const table = page.getByTestId("compare-table");
    await expect(table.locator("thead th")).toHaveText(["Chỉ tiêu", "Hậu Giang"]);
    await expect(table.locator('tr[data-indicator="GOV_SIGNED_DOCUMENTS"] td')).toContainText("99%");

    await page.getByRole("checkbox", { name: "An Giang" }).check();
    await page.getByRole("combobox", { name: "Trụ cột" }).selectOption("ECON");
    await page.getByRole("button", { name: "Xem so sánh" }).click();
    await expect(page).toHaveURL(/\/compare\?p=an-giang&p=hau-giang&pillar=ECON$/);
    await expect(page.getByTestId("compare-table").locator('tr[data-indicator="ECON_SME_PLATFORMS"] td[data-province="an-giang"]')).toContainText("30%");
  });

  test("without JavaScript the table is there and the form still works", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/compare?p=an-giang&p=hau-giang&pillar=SOC");
    await expect(page.getByTestId("compare-table").locator('tr[data-indicator="SOC_FIBRE_HOUSEHOLDS"]')).toContainText("78,9%");
    await page.getByRole("combobox", { name: "Trụ cột" }).selectOption("INFRA");
    await page.getByRole("button", { name: "Xem so sánh" }).click();
    await expect(page).toHaveURL(/pillar=INFRA/);
    await expect(page.getByTestId("compare-table").locator('tr[data-indicator="INFRA_BTS"] td[data-province="an-giang"]')).toContainText("gần 2.200");
    await context.close();
  });
});
