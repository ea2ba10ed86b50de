import { expect, test, type Page } from "@playwright/test";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** The page printed to PDF on A4 as Chromium prints it: its page count and its text. */
async function printed(page: Page): Promise<{ pages: number; text: string }> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  const document = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false, isEvalSupported: false }).promise;
  const texts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const content = await (await document.getPage(n)).getTextContent();
    texts.push(content.items.map((item) => ("str" in item ? item.str : "")).join(" "));
  }
  await document.destroy();
  return { pages: document.numPages, text: texts.join("\n") };
}

/** Text as the PDF may break it: compared without any white space. */
const squeeze = (text: string) => text.replace(/\s+/g, "");

test.describe("print @desktop", () => {
  test("a scorecard prints on A4 with every figure, every source unfolded and no navigation", async ({ page }) => {
    await page.goto("/provinces/an-giang");
    const figures = (await page.getByTestId("latest-value").allTextContents()).map((t) => t.trim()).filter((t) => /\d/.test(t));
    expect(figures.length).toBeGreaterThan(5);
    // Folded on screen: the sources of each figure, with the sentence each is taken from.
    const folded = page.locator("article[data-indicator] details q");
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
});
