import { expect, test } from "@playwright/test";
import { expectAccessible, expectNoHorizontalOverflow, itemLinking, keepScreenshot, latestFigure } from "./support";

const SMARTPHONE = "Tỷ lệ dân số trưởng thành có điện thoại thông minh";

test.describe("overview @phone", () => {
  test("shows An Giang and Hau Giang side by side with real figures", async ({ page }, info) => {
    await page.goto("/");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tổng quan chuyển đổi số các tỉnh");

    // The pair, then the units that carry them on since the merger; every other unit in a line of its own.
    const columns = page.locator("section[data-province]");
    await expect(columns).toHaveCount(4);
    for (const [i, slug] of ["an-giang", "hau-giang", "an-giang-2025", "can-tho-2025"].entries()) {
      await expect(columns.nth(i)).toHaveAttribute("data-province", slug);
    }
    const others = page.getByRole("region", { name: "Các đơn vị khác" });
    await expect(others.locator("tr[data-unit]")).toHaveCount(3);
    const kienGiang = others.locator('tr[data-unit="kien-giang"]');
    await expect(kienGiang).toContainText("Đã sáp nhập vào An Giang (từ 01/7/2025)");
    await expect(kienGiang.getByRole("link", { name: "Kiên Giang" })).toHaveAttribute("href", "/provinces/kien-giang");

    const anGiang = page.locator('section[data-province="an-giang"]');
    const smartphone = itemLinking(anGiang, SMARTPHONE);
    await expect(latestFigure(smartphone)).toHaveText("66,2%");
    await expect(smartphone).toContainText("≥ 80%");
    await expect(smartphone).toContainText("Năm 2022");
    await expect(anGiang.getByRole("group", { name: "DTI mới nhất" })).toContainText("Hạng 54/63");
    // What moved: the digital-economy share against the year before, and a link to its page.
    const economy = itemLinking(anGiang, "Tỷ trọng kinh tế số trong GRDP");
    await expect(economy.getByText("+0,71 điểm % so với năm 2023 (5,28%)", { exact: true })).toBeVisible();
    await expect(economy.getByRole("link", { name: "Tỷ trọng kinh tế số trong GRDP" })).toHaveAttribute("href", "/indicators/ECON_DE_SHARE_GRDP?p=an-giang");

    const hauGiang = page.locator('section[data-province="hau-giang"]');
    await expect(hauGiang.getByRole("group", { name: "DTI mới nhất" })).toContainText("Hạng 17/63");
    await expect(itemLinking(hauGiang, SMARTPHONE)).toContainText("75%");
    await expect(itemLinking(hauGiang, SMARTPHONE)).toContainText("mục tiêu quốc gia");
    // Hau Giang publishes no payment-account figure: "no data", never 0.
    await expect(latestFigure(itemLinking(hauGiang, "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác"))).toHaveText("Chưa có số liệu");

    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "overview", info.project.name);
  });

  test("works without JavaScript", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/");
    await expect(itemLinking(page.locator('section[data-province="an-giang"]'), SMARTPHONE)).toContainText("66,2%");
    await context.close();
  });

  test("a page's own requests all succeed, link prefetches included, in both languages", async ({ page }) => {
    const failed: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    // The header's link home is prefetched once pointed at: at its Vietnamese address it reaches its route only through the language rewrite.
    for (const [path, home] of [["/provinces/an-giang", "/"], ["/en/provinces/an-giang", "/en"]] as const) {
      await page.goto(path);
      const prefetch = page.waitForResponse((r) => new URL(r.url()).pathname === home && r.request().headers()["next-router-prefetch"] === "1");
      await page.getByRole("banner").getByRole("link").first().hover();
      expect((await prefetch).status(), `${home} prefetched from ${path}`).toBe(200);
    }
    expect(failed).toEqual([]);
  });
});
