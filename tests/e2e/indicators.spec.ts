import { expect, test, type Page } from "@playwright/test";
import { expectAccessible, expectNoHorizontalOverflow, itemLinking, keepScreenshot } from "./support";

/** The table twin's rows as (unit, kind, period or year, value). */
async function tableRows(page: Page) {
  return page.getByRole("table", { name: /: mọi điểm trên biểu đồ$/ }).locator("tbody tr").evaluateAll((rows) =>
    rows.map((r) => [r.getAttribute("data-unit"), r.getAttribute("data-kind"), r.getAttribute("data-period"), Number(r.getAttribute("data-value"))]),
  );
}

/** The CSV's rows in the same shape: unit, kind, period (or target year), value. */
function csvRows(csv: string) {
  const [header, ...lines] = csv.replace(/^\uFEFF/, "").split("\r\n").filter(Boolean);
  expect(header).toMatch(/^indicator,unit,unit_name,kind,period,target_year,date,value,/);
  return lines.map((line) => {
    const cells = line.split(",");
    return [cells[1], cells[3], cells[4] || cells[5], Number(cells[7])];
  });
}

test.describe("indicator pages @phone", () => {
  test("the catalogue lists every indicator by pillar with how many units have figures", async ({ page }, info) => {
    await page.goto("/indicators");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Các chỉ tiêu theo dõi");
    for (const pillar of ["Chính quyền số", "Kinh tế số", "Xã hội số", "Hạ tầng số"]) {
      await expect(page.getByRole("heading", { level: 2, name: new RegExp(pillar) })).toBeVisible();
    }
    const economy = itemLinking(page, "Tỷ trọng kinh tế số trong GRDP");
    await expect(economy.getByText("1 đơn vị có số liệu · 2 số liệu")).toBeVisible();
    await expect(itemLinking(page, "Tỷ lệ dân số trưởng thành có chữ ký số hoặc chữ ký điện tử cá nhân").getByText("chưa có đơn vị nào có số liệu")).toBeVisible();
    // Every indicator page answers, its CSV too (once: the page is the same at any width).
    // Each pillar's section lists its indicators, each item a link to the indicator's page.
    const hrefs = await page.getByRole("main").getByRole("region").getByRole("listitem").getByRole("link").evaluateAll((links) => links.map((a) => a.getAttribute("href")!));
    expect(hrefs.length).toBeGreaterThan(80);
    expect(hrefs.filter((href) => !/^\/indicators\/[A-Z0-9_]+$/.test(href))).toEqual([]);
    for (const href of info.project.name === "desktop" ? hrefs : []) {
      expect((await page.request.get(href)).status(), href).toBe(200);
      expect((await page.request.get(href.replace(/^\/indicators\/([A-Z0-9_]+)$/, "/indicators/$1/csv"))).status(), `${href}/csv`).toBe(200);
    }
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "indicators", info.project.name);
  });

  test("a series of five figures: its points on the chart, the table twin, and a CSV equal to the table", async ({ page }, info) => {
    await page.goto("/indicators/GOV_ON_TIME_DOSSIERS?p=an-giang");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn");
    const chart = page.getByRole("figure", { name: /diễn biến qua các kỳ so với mục tiêu$/ });
    const drawn = chart.getByRole("img", { name: /diễn biến qua các kỳ/ });
    await expect(drawn.locator(".chart-point")).toHaveCount(5);
    // By keyboard: the chart takes focus, its interactive version takes its place, and the arrow keys read out each figure.
    await chart.locator("[data-chart-state]").focus();
    await expect(chart.locator("svg.recharts-surface")).toBeFocused();
    await page.keyboard.press("ArrowRight");
    await expect(chart.locator(".recharts-tooltip-wrapper")).toContainText(/An Giang \(đến 30\/6\/2025\).*\(Năm 20\d\d\)/);
    const rows = await tableRows(page);
    expect(rows).toEqual([
      ["an-giang", "observed", "2020", 97],
      ["an-giang", "observed", "2021", 98.62],
      ["an-giang", "observed", "2022", 99],
      ["an-giang", "observed", "2024", 99.77],
      ["an-giang", "observed", "2025-Q2", 99],
    ]);
    await expect(page.getByRole("table", { name: /: mọi điểm trên biểu đồ$/ }).locator('tr[data-period="2021"]')).toContainText("hơn 98,62%");

    const csv = await (await page.request.get("/indicators/GOV_ON_TIME_DOSSIERS/csv?p=an-giang")).text();
    expect(csvRows(csv)).toEqual(rows);

    // Every point's source, its own sentence on demand.
    const figure = page.locator('[data-figure="an-giang/2024"]');
    await expect(figure).toContainText("99,77%");
    await figure.getByText("Trích nguyên văn").click();
    await expect(figure.locator("blockquote")).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "indicator-on-time", info.project.name);
  });

  test("targets with their scope, the needed path and the trend, in the chart and the table; the URL holds the units", async ({ page }, info) => {
    await page.goto("/indicators/ECON_DE_SHARE_GRDP?p=an-giang&p=hau-giang");
    await expect(page.getByRole("checkbox", { name: "An Giang (đến 30/6/2025)" })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Hậu Giang" })).toBeChecked();
    const rows = await tableRows(page);
    const kinds = (unit: string) => rows.filter((r) => r[0] === unit).map((r) => `${r[1]}:${r[2]}`);
    expect(kinds("an-giang")).toEqual(["observed:2023", "observed:2024", "target:2025", "target:2030", "needed:2025", "projection:2025", "projection:2025"]);
    expect(kinds("hau-giang")).toEqual(["target:2025", "target:2030"]);
    const table = page.getByRole("table", { name: /: mọi điểm trên biểu đồ$/ });
    await expect(table.locator('tr[data-unit="an-giang"][data-kind="target"][data-period="2025"]')).toContainText("mục tiêu của tỉnh");
    await expect(table.locator('tr[data-unit="an-giang"][data-kind="target"][data-period="2030"]')).toContainText("mục tiêu quốc gia");
    // Drawn: two points, four target lines, the needed path and the trend as dashed lines, explained in the legend.
    const chart = page.getByRole("figure", { name: /diễn biến qua các kỳ so với mục tiêu$/ });
    const drawn = chart.getByRole("img");
    await expect(drawn.locator(".chart-point")).toHaveCount(2);
    await expect(drawn.locator('path[stroke-dasharray="10 3 2 3"]')).toHaveCount(4);
    await expect(drawn.locator('path[stroke-dasharray="2 3"]')).toHaveCount(1);
    await expect(drawn.locator('path[stroke-dasharray="7 4"]')).toHaveCount(1);
    await expect(chart.locator("figcaption")).toContainText("Xu hướng dự báo");
    // The conflict between sources is on the page.
    await expect(page.locator('[data-figure="an-giang/2023"]').getByRole("note")).toContainText("7,18");
    // Each unit's status in words.
    // A unit merged away keeps no pace to 2030: that target passed to the unit that carries it on.
    const old = page.getByRole("article", { name: /^An Giang \(đến 30\/6\/2025\)/ });
    await expect(old.getByText("Năm 2025 đã qua nhưng chưa có số liệu của năm 2025 để kết luận.", { exact: true })).toBeVisible();
    await expect(old.getByRole("list", { name: "Các mục tiêu khác" }).getByRole("listitem").filter({ hasText: "Mục tiêu 2030:" })).toContainText(
      "Mục tiêu năm 2030 chuyển sang An Giang (từ 01/7/2025), đơn vị tiếp nối; không đánh giá cho đơn vị đã sáp nhập.",
    );
    await expect(old).not.toContainText("Tiến triển hạn chế");

    const csv = await (await page.request.get("/indicators/ECON_DE_SHARE_GRDP/csv?p=an-giang&p=hau-giang")).text();
    expect(csvRows(csv)).toEqual(rows);
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "indicator-economy", info.project.name);
  });

  test("a shared link previews with the indicator and each chosen unit's latest figure and period", async ({ page }) => {
    await page.goto("/indicators/SOC_SMARTPHONE?p=an-giang&p=hau-giang");
    await expect(page.locator('meta[property="og:description"]')).toHaveAttribute(
      "content",
      "Tỷ lệ dân số trưởng thành có điện thoại thông minh: An Giang (đến 30/6/2025) 66,2% (năm 2022); Hậu Giang 75% (6 tháng đầu năm 2023).",
    );
    await expect(page.locator('meta[property="og:url"]')).toHaveAttribute("content", /\/indicators\/SOC_SMARTPHONE\?p=an-giang&p=hau-giang$/);
    await expect(page).toHaveTitle("Tỷ lệ dân số trưởng thành có điện thoại thông minh — Chuyển đổi số cấp tỉnh");
  });

  test("a dissolved unit's series joins its successor's, distinct and labelled", async ({ page }, info) => {
    await page.goto("/indicators/GOV_SERVICE_INDEX_766?p=an-giang");
    const chart = page.getByRole("figure", { name: /diễn biến qua các kỳ so với mục tiêu$/ });
    await expect(chart.locator("figcaption")).toContainText("An Giang (đến 30/6/2025)");
    await expect(chart.locator("figcaption")).toContainText("An Giang (từ 01/7/2025) — sau sáp nhập");
    const drawn = chart.getByRole("img");
    await expect(drawn.locator(".chart-point")).toHaveCount(3);
    await expect(drawn.getByText("Sáp nhập 01/7/2025")).toBeVisible();
    const rows = await tableRows(page);
    expect(rows.map((r) => `${r[0]}:${r[2]}`)).toEqual(["an-giang:2023-Q1", "an-giang:2023-Q2", "an-giang-2025:2026-Q1"]);
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "indicator-merger", info.project.name);
  });

  test("an unknown indicator is a 404 page", async ({ page }) => {
    const response = await page.goto("/indicators/KHONG_CO");
    expect(response?.status()).toBe(404);
  });
});
