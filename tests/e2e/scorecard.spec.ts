import { expect, test } from "@playwright/test";
import { cellUnder, expectAccessible, expectNoHorizontalOverflow, indicatorCard, keepScreenshot, latestFigure } from "./support";

test.describe("province scorecard @phone", () => {
  test("An Giang: every pillar, figures with period, target, status and source", async ({ page }, info) => {
    await page.goto("/provinces/an-giang");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("An Giang");
    // A shared link previews with the unit, where its indicators stand and the latest period.
    await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "An Giang (đến 30/6/2025) — Chuyển đổi số cấp tỉnh");
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      "content",
      /^An Giang \(đến 30\/6\/2025\): \d+ chỉ tiêu so với mục tiêu 2025 — \d+ đã đạt, \d+ đúng tiến độ, .*\. Số liệu mới nhất: (năm|quý|6 tháng)[^.]+\d{4}\.$/,
    );
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/provinces\/an-giang\/share\.png$/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/provinces\/an-giang$/);
    for (const pillar of ["Chính quyền số", "Kinh tế số", "Xã hội số"]) {
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(pillar) })).toBeVisible();
    }

    const smartphone = indicatorCard(page, "Tỷ lệ dân số trưởng thành có điện thoại thông minh");
    await expect(latestFigure(smartphone)).toHaveText("66,2%");
    await expect(smartphone).toContainText("Năm 2022");
    await expect(smartphone).toContainText("≥ 80%");
    await expect(smartphone).toContainText("mục tiêu của tỉnh");
    await expect(smartphone).toContainText("An Giang đẩy mạnh phát triển kinh tế số, xã hội số");
    await expect(smartphone.getByRole("img")).toHaveAttribute("aria-label", "Giá trị 66,2% so với mục tiêu 80%");
    // Status is written out, not only coloured.
    await expect(smartphone).toContainText("Chưa đánh giá được");

    // "more than 70 %" is a strict target.
    await expect(indicatorCard(page, "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác")).toContainText("> 70%");
    // A qualified figure keeps its qualifier; a series gets its sparkline and a link to its page.
    const onTime = indicatorCard(page, "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn");
    await expect(latestFigure(onTime)).toHaveText("hơn 99%");
    await expect(onTime.getByRole("img", { name: /^Diễn biến:/ })).toHaveAccessibleName("Diễn biến: 97% (Năm 2020), hơn 98,62% (Năm 2021), 99% (Năm 2022), 99,77% (Năm 2024), hơn 99% (Quý 2/2025, đến 21/5/2025)");
    await expect(onTime.getByRole("link", { name: "Xem diễn biến và nguồn" })).toHaveAttribute("href", "/indicators/GOV_ON_TIME_DOSSIERS?p=an-giang");
    // Sources that disagree: the figure kept says so.
    await expect(indicatorCard(page, "Tỷ trọng kinh tế số trong GRDP").getByRole("note").filter({ hasText: "Có nguồn khác nêu số liệu khác" })).toContainText("7,18");
    // A 2025 target outlives the province, merged away on 01/7/2025: judged on the new province's 2025 figure, which says so.
    const documents = indicatorCard(page, "Tỷ lệ văn bản trao đổi giữa các cơ quan nhà nước dưới dạng điện tử");
    await expect(documents).toContainText("Đã đạt mục tiêu");
    // The merged province's figure, named as such, and the day it stands at: ten months of 2025, not the whole quarter.
    await expect(documents.getByRole("note").filter({ hasText: "Đánh giá theo số liệu của tỉnh sau sáp nhập" })).toContainText("số liệu của tỉnh sau sáp nhập — An Giang (từ 01/7/2025): 100% (quý 4/2025, đến 31/10/2025)");
    // Indicators An Giang has not reported are listed compactly as "no data", never as 0.
    await expect(page.locator("#SOC").getByRole("list", { name: /^Chưa có số liệu \(\d+\):$/ })).toContainText("Tỷ lệ dân số trưởng thành có chữ ký số");
    await expect(indicatorCard(page, "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân")).toHaveCount(0);

    await expect(page.getByText("Từ ngày 01/7/2025, đơn vị này sáp nhập vào:")).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "scorecard-an-giang", info.project.name);
  });

  test("Hau Giang: DTI results as published, national targets labelled", async ({ page }, info) => {
    await page.goto("/provinces/hau-giang");
    const dti = page.getByRole("table", { name: "Kết quả DTI qua các năm — Hậu Giang" });
    const year = (y: number) => dti.getByRole("row").filter({ has: page.getByRole("rowheader", { name: String(y), exact: true }) });
    await expect(await cellUnder(dti, year(2021), "Hạng")).toHaveText("17/63");
    await expect(await cellUnder(dti, year(2020), "Hạng")).toHaveText("28/63");
    // The 2022 ranking published ranks only: its scores are said to be unpublished, not missing.
    const ranksOnly = year(2022);
    await expect(await cellUnder(dti, ranksOnly, "Hạng")).toHaveText("17/63");
    await expect(ranksOnly.locator("td").nth(1)).toHaveText("Không công bố");
    const smartphone = indicatorCard(page, "Tỷ lệ dân số trưởng thành có điện thoại thông minh");
    await expect(latestFigure(smartphone)).toHaveText("75%");
    await expect(smartphone).toContainText("6 tháng đầu năm 2023");
    await expect(smartphone).toContainText("mục tiêu quốc gia");
    // Households connected to fibre are not households covered by it: their own indicator, no borrowed target.
    const connected = indicatorCard(page, "Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang");
    await expect(latestFigure(connected)).toHaveText("61%");
    await expect(connected).not.toContainText("Mục tiêu");
    await expect(page.locator("#SOC").getByRole("list", { name: /^Chưa có số liệu \(\d+\):$/ })).toContainText("Tỷ lệ hộ gia đình được phủ mạng Internet băng rộng cáp quang");
    // Installs are not downloads: "hơn 67.500 người cài" and "hơn 70.000 lượt tải về" are two indicators.
    await expect(latestFigure(indicatorCard(page, "Số lượt người dân cài ứng dụng di động của tỉnh"))).toHaveText("hơn 67.500");
    await expect(latestFigure(indicatorCard(page, "Số lượt tải ứng dụng di động của tỉnh"))).toHaveText("hơn 70.000");
    // The 2021 scores no reference confirms are marked, in words.
    await expect(dti.getByText("chưa kiểm chứng", { exact: true }).first()).toBeVisible();
    // The 2020 rank as published, with its page; DTI history as a chart.
    await expect(page.getByRole("figure", { name: "Thứ hạng DTI qua các năm (hạng 1 ở trên cùng)" })).toContainText("Hậu Giang");
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "scorecard-hau-giang", info.project.name);
  });

  test("a merged unit shows its own figures first, then its predecessors' history, each labelled", async ({ page }, info) => {
    await page.goto("/provinces/an-giang-2025");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("An Giang (từ 01/7/2025)");
    await expect(page.getByText("Hình thành ngày 01/7/2025 từ: An Giang (đến 30/6/2025), Kiên Giang.")).toBeVisible();
    const cards = page.locator("#GOV").getByRole("article");
    // Its own figure leads…
    await expect(latestFigure(cards.first())).not.toHaveText("Chưa có số liệu");
    const index = indicatorCard(page, "Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công");
    await expect(latestFigure(index)).toHaveText("91,36 điểm");
    await expect(index).toContainText("Quý 1/2026");
    // …and An Giang's history before the merger is there, named with its period.
    const history = index.getByRole("list", { name: "Số liệu của đơn vị trước sáp nhập" });
    // A figure read on 31/5/2023 says so: it stands at that day, not at the end of the quarter.
    await expect(history.locator('[data-unit="an-giang"]')).toContainText("An Giang (đến 30/6/2025): 69,63 điểm (Quý 2/2023, đến 31/5/2023)");
    await expect(indicatorCard(page, "Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn").locator('[data-unit="an-giang"]')).toContainText("hơn 99% (Quý 2/2025, đến 21/5/2025)");
    // Each pillar counts the unit's own figures, not the history of the units before it.
    for (const pillar of ["GOV", "ECON", "SOC"]) {
      // The words in the page, whether or not the section has been laid out yet (it is, once it nears the screen).
      const values = await latestFigure(page.locator(`#${pillar}`)).allTextContents();
      const own = values.filter((v) => v !== "Chưa có số liệu").length;
      expect(values.length, pillar).toBeGreaterThan(own);
      await expect(page.locator(`#${pillar}`).getByRole("heading", { level: 2 })).toHaveText(new RegExp(` \\(${own}/\\d+ chỉ tiêu có số liệu\\)$`));
    }
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "scorecard-an-giang-2025", info.project.name);
  });

  test("a card's folded sources open onto something: a card with no note, quote, target or decision has none to open", async ({ page }) => {
    await page.goto("/provinces/an-giang");
    const cards = page.getByRole("article");
    await expect(cards.locator("details").first()).toBeAttached();
    await expect(cards.locator("details:not(:has(li))")).toHaveCount(0);
    const services = cards.filter({ has: page.getByRole("heading", { name: "Số dịch vụ công trực tuyến mức độ 3 và 4 được cung cấp" }) });
    await expect(latestFigure(services)).toHaveText("2.088");
    await expect(services.getByText("Nguồn số liệu")).toHaveCount(0);
  });

  test("an unknown province is a 404 page", async ({ page }) => {
    const response = await page.goto("/provinces/khong-co");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Không tìm thấy trang");
  });
});
