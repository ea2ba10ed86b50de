import { expect, test, type Page } from "@playwright/test";
import { expectAccessible } from "./support";

// Every public chart is in the page's HTML as an SVG the server drew: readable
// before any script runs, or without script at all, named and described in
// words. recharts, the largest script on the site, is fetched only when a
// reader reaches for the chart.
const CHARTS = [
  { page: "the scorecard", path: "/provinces/hau-giang", name: /^Thứ hạng DTI qua các năm/, desc: /Hậu Giang: mới nhất hạng \d+\/63 \(20\d\d\)/ },
  {
    page: "an indicator page",
    path: "/indicators/SOC_SMARTPHONE?p=an-giang&p=hau-giang",
    name: /diễn biến qua các kỳ so với mục tiêu$/,
    desc: /Đơn vị tính: %\. Từ năm 20\d\d đến năm 2030\. An Giang \(đến 30\/6\/2025\): mới nhất 66,2% \(Năm 2022\)\..*Mục tiêu 2025 — An Giang \(đến 30\/6\/2025\) \(mục tiêu của tỉnh\): 80%/,
  },
  { page: "the comparison", path: "/compare?p=an-giang&p=hau-giang", name: /giá trị mới nhất và mục tiêu 2025$/, desc: /An Giang \(đến 30\/6\/2025\) 66,2% \(2022\), mục tiêu 2025 80%/ },
  { page: "the rankings", path: "/rankings", name: /^Thứ hạng DTI qua các năm/, desc: /An Giang \(đến 30\/6\/2025\): mới nhất hạng \d+\/63.*Hậu Giang: mới nhất hạng \d+\/63/ },
];

/** The chart the reader sees: the one drawing of its few widths shown at this width, in the figure named as the chart is. */
const drawnChart = (page: Page, name: RegExp) => page.getByRole("figure", { name }).getByRole("img");

test.describe("charts without script @phone", () => {
  test.use({ javaScriptEnabled: false });

  for (const chart of CHARTS) {
    test(`${chart.page} draws its chart on the server, named and described in words, its labels at least 11 px`, async ({ page }) => {
      await page.goto(chart.path);
      const drawn = drawnChart(page, chart.name);
      await expect(drawn).toHaveCount(1);
      await expect(drawn).toBeVisible();
      await expect(drawn).toHaveAccessibleName(chart.name);
      await expect(drawn).toHaveAccessibleDescription(chart.desc);
      expect(await drawn.evaluate((svg) => svg.tagName)).toBe("svg");
      expect(await drawn.locator(".chart-series .chart-point, .chart-series .chart-bar").count()).toBeGreaterThan(0);
      // Scaled to its frame, never so far down that a label reads under 11 px.
      const sizes = await drawn.evaluate((svg) => [...svg.querySelectorAll("text")].map((text) => text.getBoundingClientRect().height));
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(11);
      const { width, frame } = await drawn.evaluate((svg) => ({ width: svg.getBoundingClientRect().width, frame: svg.closest("figure")!.getBoundingClientRect().width }));
      expect(width).toBeLessThanOrEqual(frame + 1);
      // The table twin stays beside it.
      await expect(page.locator("table").first()).toBeAttached();
    });
  }
});

/** Scripts fetched by the page that hold recharts. */
function rechartsRequests(page: Page) {
  const found: string[] = [];
  const reading: Array<Promise<void>> = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    reading.push(
      response
        .text()
        .then((body) => {
          if (body.includes("recharts-cartesian-axis-tick")) found.push(response.url());
        })
        .catch(() => undefined),
    );
  });
  return async () => {
    await Promise.all(reading);
    return found;
  };
}

test.describe("charts with script @phone", () => {
  test("no chart script is fetched until the reader hovers the chart; then it takes the drawing's place and its tooltip reads a figure", async ({ page }, info) => {
    test.skip(info.project.name === "phone", "a phone has no hover: the tap is tested below");
    const recharts = rechartsRequests(page);
    await page.goto("/provinces/hau-giang");
    await page.waitForLoadState("networkidle");
    const figure = page.getByRole("figure", { name: /^Thứ hạng DTI qua các năm/ });
    await figure.scrollIntoViewIfNeeded();
    await page.waitForTimeout(500);
    expect(await recharts()).toEqual([]);
    await expect(figure.locator("[data-chart-state]")).toHaveAttribute("data-chart-state", "drawn");

    await figure.getByRole("img").hover();
    await expect(figure.locator(".recharts-surface")).toBeVisible();
    expect((await recharts()).length).toBeGreaterThan(0);
    const surface = (await figure.locator(".recharts-surface").boundingBox())!;
    await page.mouse.move(surface.x + surface.width * 0.5, surface.y + surface.height * 0.5);
    await expect(figure.locator(".recharts-tooltip-wrapper")).toContainText(/hạng \d+\/63 \(20\d\d\)/);
    await expectAccessible(page);
  });

  test("a tap on the chart loads it the same way", async ({ page }, info) => {
    test.skip(info.project.name !== "phone", "the phone taps");
    const recharts = rechartsRequests(page);
    await page.goto("/indicators/GOV_ON_TIME_DOSSIERS?p=an-giang");
    await page.waitForLoadState("networkidle");
    expect(await recharts()).toEqual([]);
    const figure = page.getByRole("figure", { name: /diễn biến qua các kỳ so với mục tiêu$/ });
    await figure.getByRole("img").tap();
    await expect(figure.locator(".recharts-surface")).toBeVisible();
    expect((await recharts()).length).toBeGreaterThan(0);
  });

  test("by keyboard: focusing the chart loads it, keeps the focus on it, and the arrow keys read each figure", async ({ page }) => {
    const recharts = rechartsRequests(page);
    await page.goto("/indicators/GOV_ON_TIME_DOSSIERS?p=an-giang");
    await page.waitForLoadState("networkidle");
    expect(await recharts()).toEqual([]);
    const figure = page.getByRole("figure", { name: /diễn biến qua các kỳ so với mục tiêu$/ });
    // Tab to the chart: its frame shows the focus, then the live chart holds it.
    for (let i = 0; i < 40 && !(await figure.evaluate((el) => el.contains(document.activeElement))); i++) await page.keyboard.press("Tab");
    await expect(figure.locator("svg.recharts-surface")).toBeFocused();
    expect((await recharts()).length).toBeGreaterThan(0);
    await page.keyboard.press("ArrowRight");
    await expect(figure.locator(".recharts-tooltip-wrapper")).toContainText(/An Giang \(đến 30\/6\/2025\).*\(Năm 20\d\d\)/);
  });
});
