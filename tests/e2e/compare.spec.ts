import { expect, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalOverflow, keepScreenshot, rowHeaded } from "./support";

test.describe("comparison @phone", () => {
  test("grouped bars with target markers and the same figures as a table", async ({ page }, info) => {
    await page.goto("/compare");
    const row = rowHeaded(page.getByRole("table", { name: /số liệu mới nhất của từng tỉnh và mục tiêu 2025$/ }), "Tỷ lệ dân số trưởng thành có điện thoại thông minh");
    await expect(row.locator('td[data-province="an-giang"]')).toContainText("66,2%");
    await expect(row.locator('td[data-province="hau-giang"]')).toContainText("75%");
    await expect(row.locator('td[data-province="hau-giang"]')).toContainText("6 tháng đầu năm 2023");

    // Bars carry their values; a province without a figure gets words, not an empty slot.
    const figure = page.getByRole("figure", { name: /giá trị mới nhất và mục tiêu 2025$/ });
    const chart = figure.getByRole("img", { name: /Xã hội số: giá trị mới nhất và mục tiêu 2025/ });
    // (with its period where the bar leaves room for it).
    await expect(chart.getByText(/^66,2%( · 2022)?$/)).toBeVisible();
    await expect(chart.locator("text", { hasText: "Chưa có số liệu" }).first()).toBeVisible();
    await expect(chart.locator(".chart-target").first()).toBeVisible();
    await expect(figure.locator("figcaption")).toContainText("Mục tiêu 2025");
    // The latest figures compared are from different periods, and the page says so.
    await expect(page.getByText(/^Lưu ý: số liệu mới nhất được so sánh thuộc các kỳ khác nhau/)).toContainText("6 tháng đầu năm 2023");

    // The download holds what the table shows.
    const csv = await (await page.request.get("/compare/csv?p=an-giang&p=hau-giang&pillar=SOC")).text();
    expect(csv).toContain("SOC,SOC_SMARTPHONE,");
    expect(csv).toMatch(/SOC_SMARTPHONE,[^\r\n]*,hau-giang,Hậu Giang,2023-H1,75,EXACT,/);

    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "compare", info.project.name);
  });

  test("the chosen provinces and pillar live in the URL", async ({ page }) => {
    await page.goto("/compare?p=hau-giang&pillar=GOV");
    await expect(page.getByRole("checkbox", { name: "Hậu Giang" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "An Giang (đến 30/6/2025)" })).not.toBeChecked();
    await expect(page.getByRole("combobox", { name: "Trụ cột" })).toHaveValue("GOV");
    const table = page.getByRole("table", { name: /số liệu mới nhất của từng tỉnh và mục tiêu 2025$/ });
    await expect(table.locator("thead th")).toHaveText(["Chỉ tiêu", "Hậu Giang"]);
    await expect(rowHeaded(table, "Tỷ lệ văn bản giữa các cơ quan nhà nước được ký số và gửi trên hệ thống").locator("td")).toContainText("99%");

    await page.getByRole("checkbox", { name: "An Giang (đến 30/6/2025)" }).check();
    await page.getByRole("combobox", { name: "Trụ cột" }).selectOption("ECON");
    await page.getByRole("button", { name: "Xem so sánh" }).click();
    await expect(page).toHaveURL(/\/compare\?p=an-giang&p=hau-giang&pillar=ECON$/);
    await expect(rowHeaded(page.getByRole("table", { name: /số liệu mới nhất của từng tỉnh và mục tiêu 2025$/ }), "Tỷ lệ doanh nghiệp nhỏ và vừa sử dụng nền tảng số").locator('td[data-province="an-giang"]')).toContainText("30%");

    // A pillar chosen by its link is the form's choice too: comparing again keeps it.
    await page.getByRole("navigation", { name: "Trụ cột" }).getByRole("link", { name: "Xã hội số" }).click();
    await expect(page).toHaveURL(/pillar=SOC$/);
    await expect(page.getByRole("combobox", { name: "Trụ cột" })).toHaveValue("SOC");
    await page.getByRole("button", { name: "Xem so sánh" }).click();
    await expect(page).toHaveURL(/\/compare\?p=an-giang&p=hau-giang&pillar=SOC$/);
  });

  test("without JavaScript the table is there and the form still works", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/compare?p=an-giang&p=hau-giang&pillar=SOC");
    await expect(rowHeaded(page.getByRole("table", { name: /số liệu mới nhất của từng tỉnh và mục tiêu 2025$/ }), "Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang")).toContainText("100%");
    await page.getByRole("combobox", { name: "Trụ cột" }).selectOption("INFRA");
    await page.getByRole("button", { name: "Xem so sánh" }).click();
    await expect(page).toHaveURL(/pillar=INFRA/);
    await expect(rowHeaded(page.getByRole("table", { name: /số liệu mới nhất của từng tỉnh và mục tiêu 2025$/ }), "Số trạm thu phát sóng thông tin di động (BTS)").locator('td[data-province="an-giang"]')).toContainText("2.160");
    await context.close();
  });
});
