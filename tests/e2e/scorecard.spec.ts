import { expect, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalOverflow, keepScreenshot } from "./support";

test.describe("province scorecard @phone", () => {
  test("An Giang: every pillar, figures with period, target, status and source", async ({ page }, info) => {
    await page.goto("/provinces/an-giang");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("An Giang");
    for (const pillar of ["Chính quyền số", "Kinh tế số", "Xã hội số"]) {
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(pillar) })).toBeVisible();
    }

    const smartphone = page.locator('article[data-indicator="SOC_SMARTPHONE"]');
    await expect(smartphone.getByTestId("latest-value")).toHaveText("66,2%");
    await expect(smartphone).toContainText("Năm 2022");
    await expect(smartphone).toContainText("≥ 80%");
    await expect(smartphone).toContainText("mục tiêu của tỉnh");
    await expect(smartphone).toContainText("An Giang đẩy mạnh phát triển kinh tế số, xã hội số");
    await expect(smartphone.getByRole("img")).toHaveAttribute("aria-label", "Giá trị 66,2% so với mục tiêu 80%");
    // Status is written out, not only coloured.
    await expect(smartphone).toContainText("Chưa đánh giá được");

    // "more than 70 %" is a strict target.
    await expect(page.locator('article[data-indicator="SOC_PAYMENT_ACCOUNT"]')).toContainText("> 70%");
    // A qualified figure keeps its qualifier.
    await expect(page.locator('article[data-indicator="INFRA_BTS"]').getByTestId("latest-value")).toHaveText("gần 2.200");
    // An indicator An Giang has not reported is "no data".
    await expect(page.locator('article[data-indicator="SOC_DIGITAL_SIGNATURE"]').getByTestId("latest-value")).toHaveText("Chưa có số liệu");

    await expect(page.getByText("Từ ngày 01/7/2025, đơn vị này sáp nhập vào:")).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "scorecard-an-giang", info.project.name);
  });

  test("Hau Giang: DTI results as published, national targets labelled", async ({ page }, info) => {
    await page.goto("/provinces/hau-giang");
    await expect(page.getByTestId("dti-rank-2021")).toHaveText("17/63");
    await expect(page.getByTestId("dti-rank-2020")).toHaveText("28/63");
    const fibre = page.locator('article[data-indicator="SOC_FIBRE_HOUSEHOLDS"]');
    await expect(fibre.getByTestId("latest-value")).toHaveText("61%");
    await expect(fibre).toContainText("6 tháng đầu năm 2023");
    await expect(fibre).toContainText("mục tiêu quốc gia");
    await expect(page.locator('article[data-indicator="SOC_PROVINCE_APP_USERS"]').getByTestId("latest-value")).toHaveText("hơn 67.500");
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "scorecard-hau-giang", info.project.name);
  });

  test("an unknown province is a 404 page", async ({ page }) => {
    const response = await page.goto("/provinces/khong-co");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  });
});
