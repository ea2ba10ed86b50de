import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

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
