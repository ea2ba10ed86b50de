import AxeBuilder from "@axe-core/playwright";
import { expect, type Locator, type Page } from "@playwright/test";

/**
 * No serious or critical accessibility violation on the page as it is now.
 * After a client-side navigation the page's title arrives with its streamed
 * metadata: the check waits for it (and fails if none comes), so it never
 * judges a page half-way through rendering.
 */
export async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const blocking = results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 3).join("; ")}`);
  expect(blocking, blocking.join("\n")).toEqual([]);
}

/** The page fits the viewport: nothing forces sideways scrolling of the whole page. */
export async function expectNoHorizontalOverflow(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(1);
}

/** A full-page screenshot kept with the test results, for a person to look at. */
export async function keepScreenshot(page: Page, name: string, projectName: string) {
  await page.screenshot({ path: `test-results/screenshots/${projectName}-${name}.png`, fullPage: true });
}

/**
 * The text of every body cell under a column, the column found by its heading
 * as a reader finds it; `firstPart` keeps only the cell's first element (a
 * verdict without the note under it). `null` when the table has no such column.
 */
export async function columnTexts(table: Locator, column: string, { firstPart = false } = {}): Promise<string[] | null> {
  return table.evaluate(
    (element, [name, first]) => {
      const t = element as HTMLTableElement;
      const index = [...(t.tHead?.rows[0]?.cells ?? [])].findIndex((c) => c.textContent?.trim() === name);
      if (index < 0) return null;
      return [...t.tBodies].flatMap((body) => [...body.rows]).map((row) => {
        const cell = row.cells[index];
        return (first ? cell?.firstElementChild : cell)?.textContent ?? "";
      });
    },
    [column, firstPart] as const,
  );
}

/** A row's cell under a column, the column found by its heading. */
export async function cellUnder(table: Locator, row: Locator, column: string | RegExp): Promise<Locator> {
  const headings = (await table.locator("thead th").allTextContents()).map((h) => h.trim());
  const index = headings.findIndex((h) => (typeof column === "string" ? h === column : column.test(h)));
  expect(index, `a column headed ${column} among ${headings.join(" | ")}`).toBeGreaterThanOrEqual(0);
  return row.locator(":scope > th, :scope > td").nth(index);
}

/**
 * What a description list says for a term: the definition right after the
 * term, as a screen reader reads the pair ("Tình trạng: Đã duyệt").
 */
export const definitionOf = (scope: Locator | Page, term: string) =>
  scope
    .getByRole("term")
    .filter({ hasText: new RegExp(`^\\s*${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}:?\\s*$`) })
    .locator("xpath=following-sibling::dd[1]");

/** The latest figure of a card or a line, found by the term a screen reader hears before it. */
export const latestFigure = (scope: Locator | Page, language: "vi" | "en" = "vi") => definitionOf(scope, language === "en" ? "Latest figure" : "Số liệu mới nhất");

/** An indicator's card, found as a screen reader finds it: the article named by its heading, the indicator's name. */
export const indicatorCard = (scope: Locator | Page, name: string) => scope.getByRole("article", { name, exact: true });

/** The page a scope is on: a filter's inner locator is matched inside each outer element, so it starts from the page. */
const pageOf = (scope: Locator | Page): Page => ("page" in scope && typeof scope.page === "function" ? scope.page() : (scope as Page));

/** The item of a list that links to an indicator (or anything else) by the link's words. */
export const itemLinking = (scope: Locator | Page, name: string) => scope.getByRole("listitem").filter({ has: pageOf(scope).getByRole("link", { name, exact: true }) });

/** A table's row headed by the given words: the row a reader finds by the name in its row header. */
export const rowHeaded = (table: Locator, name: string | RegExp) =>
  table.getByRole("row").filter({ has: table.page().getByRole("rowheader", { name, exact: typeof name === "string" }) });
