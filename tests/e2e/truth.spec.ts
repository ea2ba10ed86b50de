import { expect, test, type Page } from "@playwright/test";
import { latestFigure } from "./support";

// What every page says, read as served (no script runs), in both languages:
// no box gives two verdicts for one target year, a rank always carries how
// many were ranked, and no change is printed as exact from a figure that is a
// range or stands at a day before its period ends.
const LANGUAGES = ["", "/en"];
const UNITS = ["an-giang", "hau-giang", "an-giang-2025", "can-tho-2025"];

test.use({ javaScriptEnabled: false });

async function load(page: Page, path: string) {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  await page.setContent(await response.text(), { waitUntil: "commit" });
}

/** Per box: the verdicts it states by target year; more than one status for a year, or "no data" beside a verdict, is a contradiction. */
async function contradictions(page: Page): Promise<string[]> {
  return page.$$eval("article[data-unit], article[data-indicator]", (boxes) =>
    boxes.flatMap((box) => {
      const name = box.getAttribute("data-unit") ?? box.getAttribute("data-indicator") ?? "?";
      const said = new Map<string, Set<string>>();
      for (const token of [...box.querySelectorAll("[data-verdict]")].flatMap((el) => (el.getAttribute("data-verdict") ?? "").split(" ").filter(Boolean))) {
        const [year = "", status = ""] = token.split(":");
        said.set(year, new Set([...(said.get(year) ?? []), status]));
      }
      const problems = [...said].filter(([, statuses]) => statuses.size > 1).map(([year, statuses]) => `${name} ${year}: ${[...statuses].join(" and ")}`);
      // A target judged on a figure; one passed on, not assessable or without a figure states no verdict.
      const judged = [...said].some(([year, statuses]) => year !== "none" && [...statuses].some((s) => !["PASSED_ON", "UNABLE_TO_ASSESS", "NO_DATA"].includes(s)));
      if (said.get("none")?.has("NO_DATA") && judged) problems.push(`${name}: "no data" beside a verdict`);
      return problems;
    }),
  );
}

test("no status box on any indicator page gives two verdicts for one unit and target year, and every rank shows how many were ranked", async ({ page }) => {
  test.setTimeout(240_000);
  const { data: indicators } = (await (await page.request.get("/api/v1/indicators?per_page=1000")).json()) as { data: Array<{ code: string; unit: string }> };
  expect(indicators.length).toBeGreaterThan(50);
  const query = UNITS.map((u) => `p=${u}`).join("&");
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    for (const { code, unit } of indicators) {
      await load(page, `${language}/indicators/${code}?${query}`);
      problems.push(...(await contradictions(page)).map((p) => `${language}/indicators/${code}: ${p}`));
      if (unit !== "RANK") continue;
      const ranks = await page.getByRole("table", { name: /: (mọi điểm trên biểu đồ|every point on the chart)$/ }).locator('tr[data-kind="observed"] td:nth-of-type(3)').allTextContents();
      for (const rank of ranks) if (!/^\d+\/\d+$/.test(rank.trim())) problems.push(`${language}/indicators/${code}: rank "${rank}" without how many were ranked`);
    }
  }
  expect(problems).toEqual([]);
});

test("no scorecard card gives two verdicts for one target year; a rank on a card shows how many were ranked", async ({ page }) => {
  const problems: string[] = [];
  for (const language of LANGUAGES) {
    for (const unit of [...UNITS, "kien-giang", "can-tho", "soc-trang"]) {
      await load(page, `${language}/provinces/${unit}`);
      problems.push(...(await contradictions(page)).map((p) => `${language}/provinces/${unit}: ${p}`));
      for (const rank of await latestFigure(page.locator('article[data-indicator$="_RANK"]'), language ? "en" : "vi").allTextContents()) {
        if (/\d/.test(rank) && !/\d+\/\d+/.test(rank)) problems.push(`${language}/provinces/${unit}: rank "${rank}" without how many were ranked`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test("no progress report prints an exact change from a figure that is a range or a to-date figure", async ({ page }) => {
  test.setTimeout(120_000);
  const problems: string[] = [];
  let approximateRows = 0;
  for (const language of LANGUAGES) {
    for (const path of ["an-giang/report/2023", "an-giang/report/2025-Q2", "an-giang/report/2025-H1", "hau-giang/report/2023", "an-giang-2025/report/2026-Q1", "an-giang-2025/report/2025"]) {
      await load(page, `${language}/provinces/${path}`);
      // The change is read where a reader reads it: in the column headed so.
      const rows = await page.$$eval(
        "tr[data-figures]",
        (trs, heading) =>
          trs.map((tr) => {
            const column = [...((tr as HTMLTableRowElement).closest("table")?.tHead?.rows[0]?.cells ?? [])].findIndex((th) => th.textContent?.trim() === heading);
            if (column < 0) throw new Error(`no column headed ${heading}`);
            return { code: tr.getAttribute("data-indicator"), figures: tr.getAttribute("data-figures") ?? "", change: (tr as HTMLTableRowElement).cells[column]?.textContent?.trim() ?? "" };
          }),
        language ? "Change" : "Thay đổi",
      );
      for (const row of rows) {
        const [latest = "", previous = ""] = row.figures.split(" ");
        if (previous === "NONE" || (latest === "EXACT" && previous === "EXACT")) continue;
        approximateRows++;
        const range = [latest, previous].some((f) => !f.startsWith("EXACT"));
        // A change that opens with a signed amount ("−0,77 điểm %", "+441") claims it exactly; one from a to-date figure says so.
        if (range && /^[+−-]?\d/.test(row.change)) problems.push(`${language}/provinces/${path} ${row.code}: "${row.change}" from ${row.figures}`);
        if (!range && !/chưa hết kỳ|to-date/.test(row.change)) problems.push(`${language}/provinces/${path} ${row.code}: "${row.change}" from ${row.figures} does not say a figure is to-date`);
      }
    }
  }
  expect(approximateRows).toBeGreaterThan(0);
  expect(problems).toEqual([]);
});
