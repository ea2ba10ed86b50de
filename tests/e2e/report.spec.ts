import { expect, test, type Download, type Locator, type Page } from "@playwright/test";
import JSZip from "jszip";
import mammoth from "mammoth";
import { printed, squeeze } from "./pdf";
import { cellUnder, columnTexts, expectAccessible, expectNoHorizontalOverflow, keepScreenshot } from "./support";

/** What the Word file holds: its body text, its header, its page setup and how many images. */
async function opened(download: Download) {
  const stream = await download.createReadStream();
  const body = Buffer.concat(await stream.toArray());
  const zip = await JSZip.loadAsync(body);
  const file = (name: string) => zip.file(name)!.async("string");
  const headers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n)).map(file));
  return {
    name: download.suggestedFilename(),
    text: (await mammoth.extractRawText({ buffer: body })).value,
    header: headers.join("\n").replace(/<[^>]+>/g, ""),
    document: await file("word/document.xml"),
    styles: await file("word/styles.xml"),
    footer: (await Promise.all(Object.keys(zip.files).filter((n) => /^word\/footer\d*\.xml$/.test(n)).map(file))).join("\n"),
    images: Object.keys(zip.files).filter((n) => n.startsWith("word/media/")).length,
  };
}

/** What the report calls its parts, in each language. */
const WORDS = {
  vi: { heading: "Báo cáo tiến độ chuyển đổi số", latest: "Số liệu mới nhất", verdict: "Đánh giá", sources: "Phụ lục: nguồn số liệu", dti: ["Chỉ số chuyển đổi số (DTI):", "Thứ hạng DTI qua các năm:"] },
  en: { heading: "Digital transformation progress report", latest: "Latest figure", verdict: "Assessment", sources: "Appendix: sources", dti: ["Digital Transformation Index (DTI):", "DTI rank over the years:"] },
};

/** Every figure, verdict, paragraph and source the report shows, as text. */
async function onScreen(page: Page) {
  const words = WORDS[(await page.locator("html").getAttribute("lang")) === "en" ? "en" : "vi"];
  const report = page.getByRole("article", { name: words.heading });
  const clean = (texts: string[]) => texts.map((t) => t.replace(/\s+/g, " ").trim()).filter(Boolean);
  const texts = async (locator: Locator) => clean(await locator.allTextContents());
  // Each pillar's table of indicators: the tables with a latest-figure column, named by their pillar.
  const figures: string[] = [];
  const verdicts: string[] = [];
  const paragraphs: string[] = [];
  for (const table of await report.getByRole("table").all()) {
    const latest = await columnTexts(table, words.latest);
    if (latest === null) continue;
    figures.push(...clean(latest));
    verdicts.push(...clean((await columnTexts(table, words.verdict, { firstPart: true }))!));
    const pillar = (await table.locator("caption").textContent())!.trim();
    // The pillar's paragraph opens its section, under its heading.
    paragraphs.push(...(await texts(report.getByRole("region", { name: pillar, exact: true }).first().getByRole("paragraph").first())));
  }
  expect(paragraphs.length, "a table per pillar").toBeGreaterThanOrEqual(3);
  return {
    figures,
    predecessors: (await texts(report.locator("[data-predecessor]"))).map((t) => t.replace(/\s*\[\d+\]$/, "")),
    verdicts,
    paragraphs,
    sources: (await texts(report.getByRole("region", { name: words.sources }).getByRole("listitem"))).map((t) => t.replace(/\s+https?:\/\/\S+$/, "")),
    dti: await texts(report.getByRole("paragraph").filter({ hasText: new RegExp(`^\\s*(${words.dti.map(escapeRegExp).join("|")})`) })),
    charts: await report.locator("[data-chart]").count(),
  };
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The figure part of a cell: "66,2% (Năm 2022)" without the "chưa công bố" badge's spacing. */
const figureOf = (cell: string) => cell.replace(/\s*(chưa công bố|not yet published)$/, "");

test.describe("progress report @desktop", () => {
  test("the public 2024 report of An Giang shows every pillar, and its Word file holds every figure, verdict, paragraph and source", async ({ page }, info) => {
    await page.goto("/provinces/an-giang");
    await page.getByRole("navigation", { name: "Báo cáo tiến độ theo kỳ" }).getByRole("link", { name: "Năm 2024" }).click();
    await expect(page).toHaveURL(/\/provinces\/an-giang\/report\/2024$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Báo cáo tiến độ chuyển đổi số");
    await expect(page.getByText("An Giang (đến 30/6/2025) · Năm 2024")).toBeVisible();
    const summary = page.getByRole("table", { name: "Tóm tắt" });
    for (const pillar of ["Chính quyền số", "Kinh tế số", "Xã hội số"]) await expect(summary).toContainText(pillar);
    // The summary adds up: each verdict's total is the sum of its pillars.
    const totals = await summary.locator('tr[data-pillar="ALL"] td').allTextContents();
    const perPillar = await summary.locator('tbody tr:not([data-pillar="ALL"])').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll("td")].map((td) => Number(td.textContent))));
    totals.forEach((total, i) => expect(Number(total)).toBe(perPillar.reduce((sum, row) => sum + row[i]!, 0)));

    const shown = await onScreen(page);
    expect(shown.figures.filter((f) => /\d/.test(f)).length).toBeGreaterThan(5);
    expect(shown.paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(shown.sources.length).toBeGreaterThan(3);
    expect(shown.figures.filter((f) => f.startsWith("66,2%")).length).toBeGreaterThan(0);
    await expect(page.getByRole("cell").filter({ hasText: /^66,2%/ }).first()).toBeVisible();
    await expectAccessible(page);
    await keepScreenshot(page, "report-an-giang-2024", info.project.name);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /^(Tải bản Word|Download as Word)/ }).click();
    const word = await opened(await download);
    expect(word.name).toBe("report-an-giang-2024-vi.docx");
    // The file says its language, so Word checks its spelling as Vietnamese.
    expect(word.styles).toMatch(/<w:lang w:val="vi-VN"\/>/);
    const all = squeeze(word.text);
    for (const figure of [...shown.figures, ...shown.predecessors].map(figureOf)) expect(all, `figure ${figure}`).toContain(squeeze(figure));
    for (const verdict of shown.verdicts) expect(all, `verdict ${verdict}`).toContain(squeeze(verdict));
    for (const paragraph of shown.paragraphs) expect(all, "paragraph").toContain(squeeze(paragraph));
    for (const source of shown.sources) expect(all, `source ${source}`).toContain(squeeze(source));
    for (const dti of shown.dti) expect(all, `DTI ${dti}`).toContain(squeeze(dti.replace(/\s*\[\d+\]$/, "")));
    // A4 portrait, the unit and period in the header, page numbers in the footer, the charts as images.
    expect(word.document).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"[^>]*w:orient="portrait"/);
    expect(word.header).toContain("An Giang (đến 30/6/2025) — Năm 2024");
    expect(word.footer).toContain("PAGE");
    expect(word.footer).toContain("NUMPAGES");
    expect(word.images).toBe(shown.charts);
    expect(word.images).toBeGreaterThan(0);
    // Real Word headings, not bold paragraphs.
    expect(word.document.match(/<w:pStyle w:val="Heading1"\/>/g)?.length).toBeGreaterThanOrEqual(6);
  });

  test("the public report prints on A4 with every figure and paragraph of the page", async ({ page }) => {
    await page.goto("/provinces/hau-giang/report/2024");
    const shown = await onScreen(page);
    expect(shown.figures.filter((f) => /\d/.test(f)).length).toBeGreaterThan(3);
    const { pages, text } = await printed(page);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(40);
    const all = squeeze(text);
    for (const figure of shown.figures.map(figureOf)) expect(all, `figure ${figure}`).toContain(squeeze(figure));
    for (const paragraph of shown.paragraphs) expect(all, "paragraph").toContain(squeeze(paragraph));
    expect(all).not.toContain(squeeze("Tải bản Word"));
  });

  test("the report in English, as a page and as a Word file", async ({ page }) => {
    await page.goto("/en/provinces/hau-giang/report/2024");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Digital transformation progress report");
    await expect(page.getByText("Hau Giang · 2024")).toBeVisible();
    await expectAccessible(page);
    await expectNoHorizontalOverflow(page);
    const shown = await onScreen(page);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /^(Tải bản Word|Download as Word)/ }).click();
    const word = await opened(await download);
    const all = squeeze(word.text);
    expect(all).toContain(squeeze("Digital transformation progress report"));
    for (const paragraph of shown.paragraphs) expect(all, "paragraph").toContain(squeeze(paragraph));
    expect(word.header).toContain("Hau Giang — 2024");
  });
});

test.describe("internal progress report @desktop", () => {
  test.use({ storageState: "tests/e2e/.auth/official-an-giang-2025.json" });

  test("an official of the merged An Giang downloads the 2025 year report as Word, with every figure, verdict and source of the page", async ({ page }, info) => {
    await page.goto("/work/reports/an-giang-2025/2025");
    await page.getByRole("link", { name: "Báo cáo tiến độ của kỳ này (bản nội bộ, có số liệu đã phê duyệt chưa công bố)" }).click();
    await expect(page).toHaveURL(/\/work\/reports\/an-giang-2025\/2025\/summary$/);
    await expect(page.getByText("An Giang (từ 01/7/2025) · Năm 2025")).toBeVisible();
    // The units it was formed from are there, labelled as such.
    const shown = await onScreen(page);
    expect(shown.predecessors.length).toBeGreaterThan(0);
    expect(shown.predecessors.every((p) => /\(trước sáp nhập\)/.test(p))).toBe(true);
    await expectAccessible(page);
    await keepScreenshot(page, "report-internal-an-giang-2025", info.project.name);

    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: /^(Tải bản Word|Download as Word)/ }).click();
    const word = await opened(await download);
    expect(word.name).toBe("report-an-giang-2025-2025-vi-internal.docx");
    const all = squeeze(word.text);
    for (const figure of shown.figures.map(figureOf)) expect(all, `figure ${figure}`).toContain(squeeze(figure));
    // An earlier unit's figure stands on its own row (or, for an indicator with none of its own, in its line): the unit and the figure.
    for (const predecessor of shown.predecessors) {
      const [label = "", figure = ""] = predecessor.split(/: (.*)/s);
      expect(all, `predecessor ${predecessor}`).toContain(squeeze(figureOf(figure)));
      expect(all, `predecessor ${predecessor}`).toContain(squeeze(label.replace(/\s*\(trước sáp nhập\)$/, "")));
    }
    for (const verdict of shown.verdicts) expect(all, `verdict ${verdict}`).toContain(squeeze(verdict));
    for (const paragraph of shown.paragraphs) expect(all, "paragraph").toContain(squeeze(paragraph));
    for (const source of shown.sources) expect(all, `source ${source}`).toContain(squeeze(source));
    // A document to sign (Decree 30/2020/NĐ-CP): the national title, the kind and subject, the recipients, the signer, then the appendix.
    for (const part of ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO", "Tiến độ chuyển đổi số năm 2025 của An Giang", "Nơi nhận:", "Phụ lục"]) {
      expect(all, part).toContain(squeeze(part));
    }
    expect(word.document).toMatch(/<w:pgSz [^>]*w:w="11906"[^>]*w:h="16838"/);
    expect(word.document).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
  });

  test("staff do not get the internal report", async ({ browser }) => {
    const staff = await browser.newContext({ storageState: "tests/e2e/.auth/staff-an-giang-2025.json" });
    const page = await staff.newPage();
    const response = await page.goto("/work/reports/an-giang-2025/2025/summary");
    expect(response?.status()).toBe(404);
    expect((await page.request.get("/work/reports/an-giang-2025/2025/summary/docx")).status()).toBe(404);
    await staff.close();
  });
});

test.describe("progress report on a phone @phone", () => {
  test("every column of the summary and of the indicator tables is on screen, and the charts' labels keep their size", async ({ page }, info) => {
    test.skip(info.project.name !== "phone", "about a phone's width");
    await page.goto("/provinces/hau-giang/report/2024");
    await expectNoHorizontalOverflow(page);
    const width = page.viewportSize()!.width;
    const tables = page.getByRole("article", { name: "Báo cáo tiến độ chuyển đổi số" }).getByRole("table");
    expect(await tables.count()).toBeGreaterThan(2);
    for (const table of await tables.all()) {
      const [own, frame] = await table.evaluate((t) => [t.getBoundingClientRect().width, t.parentElement!.getBoundingClientRect().width]);
      expect(own).toBeLessThanOrEqual(frame! + 1);
    }
    // Each count in the summary sits inside the screen with its column's name.
    const summary = page.getByRole("table", { name: "Tóm tắt" });
    const cannotAssess = await cellUnder(summary, summary.locator('tr[data-pillar="ALL"]'), "Chưa đánh giá được");
    await cannotAssess.scrollIntoViewIfNeeded();
    const box = (await cannotAssess.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    expect(await cannotAssess.evaluate((td) => getComputedStyle(td, "::before").content)).toContain("Chưa đánh giá được");
    // A chart is never drawn narrower than its own width: its 11 px labels stay 11 px, the frame scrolls instead.
    for (const svg of await page.locator("[data-chart] svg").all()) {
      const [drawn, own] = await svg.evaluate((s) => [s.getBoundingClientRect().width, Number(s.getAttribute("width"))]);
      expect(drawn).toBeGreaterThanOrEqual(own! - 1);
    }
  });
});
