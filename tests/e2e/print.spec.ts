import { expect, test } from "@playwright/test";
import { printed, squeeze } from "./pdf";
import { latestFigure } from "./support";

test.describe("print @desktop", () => {
  test("a scorecard prints on A4 with every figure, every source unfolded and no navigation", async ({ page }) => {
    await page.goto("/provinces/an-giang");
    const figures = (await latestFigure(page).allTextContents()).map((t) => t.trim()).filter((t) => /\d/.test(t));
    expect(figures.length).toBeGreaterThan(5);
    // Folded on screen: the sources of each figure, with the sentence each is taken from.
    const folded = page.getByRole("article").locator("details q");
    expect(await folded.count()).toBeGreaterThan(0);
    const quote = (await folded.first().textContent())!.trim();
    await expect(folded.first()).toBeHidden();

    const { pages, text } = await printed(page);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(40);
    const all = squeeze(text);
    for (const figure of figures) expect(all, `figure ${figure}`).toContain(squeeze(figure));
    expect(all).toContain(squeeze(quote));
    expect(all).not.toContain(squeeze("Đăng nhập"));
  });

  test("an indicator page prints its figures, table and sources", async ({ page }) => {
    await page.goto("/indicators/SOC_SMARTPHONE?p=an-giang&p=hau-giang");
    const cells = (await page.locator("table tbody td").allTextContents()).map((t) => t.trim()).filter((t) => /\d+([,.]\d+)?%/.test(t));
    expect(cells.length).toBeGreaterThan(1);
    const { pages, text } = await printed(page);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(10);
    const all = squeeze(text);
    for (const cell of cells) expect(all, `cell ${cell}`).toContain(squeeze(cell));
    expect(all).toContain(squeeze("66,2%"));
    expect(all).toContain(squeeze("75%"));
  });

  test("the printed chart tells its lines apart in greyscale: by marker shape, by dash pattern and by grey level", async ({ page }) => {
    await page.goto("/indicators/SOC_SMARTPHONE?p=an-giang&p=hau-giang");
    const chart = page.getByRole("figure", { name: /diễn biến qua các kỳ so với mục tiêu$/ });
    await expect(chart.getByRole("img").locator(".chart-point").first()).toBeVisible();
    await page.emulateMedia({ media: "print" });
    const marks = await chart.getByRole("img").evaluate((drawn) => {
      // Rec. 709 luma: what a greyscale printer keeps of a colour.
      const grey = (colour: string) => {
        const [r, g, b] = (colour.match(/\d+(\.\d+)?/g) ?? []).map(Number) as [number, number, number];
        return Math.round(0.2126 * r + 0.7152 * g + 0.0722 * b);
      };
      // The printed chart is the one drawn on the server: each unit's line and markers in a group of their own.
      const units = [...drawn.querySelectorAll(".chart-series")].map((series) => {
        const point = series.querySelector(".chart-point")!;
        return { marker: point.tagName, grey: grey(getComputedStyle(point).stroke) };
      });
      const dashes = [...drawn.querySelectorAll("path.chart-segment")].map((path) => getComputedStyle(path).strokeDasharray).filter((d) => d !== "none");
      return { units, dashes };
    });
    const { units, dashes } = marks;
    expect(units).toHaveLength(2);
    // The two units: different marker shapes, and grey levels far enough apart to tell on paper.
    expect(units[0]!.marker).not.toBe(units[1]!.marker);
    expect(Math.abs(units[0]!.grey - units[1]!.grey)).toBeGreaterThan(40);
    // Target and required-path lines: each kind its own dash pattern.
    expect(new Set(dashes).size).toBeGreaterThanOrEqual(2);
  });
});
