import { expect, test, type Page } from "@playwright/test";

interface Focused {
  tag: string;
  text: string;
  href: string | null;
  value: string | null;
  type: string | null;
  visible: boolean;
}

/** Presses Tab until the focused element is the one wanted; each stop must show where the focus is. */
async function tabTo(page: Page, wanted: (el: Focused) => boolean, what: string): Promise<Focused> {
  for (let i = 0; i < 150; i++) {
    await page.keyboard.press("Tab");
    const el = await page.evaluate(() => {
      const a = document.activeElement as HTMLElement | null;
      if (!a || a === document.body) return null;
      return {
        tag: a.tagName.toLowerCase(),
        text: (a.textContent ?? "").trim(),
        href: a.getAttribute("href"),
        value: a.getAttribute("value"),
        type: a.getAttribute("type"),
        // Keyboard focus, drawn: an outline or a ring.
        visible: a.matches(":focus-visible") && (getComputedStyle(a).outlineStyle !== "none" || getComputedStyle(a).boxShadow !== "none"),
      };
    });
    if (!el) continue;
    expect(el.visible, `focus shown on ${el.tag} "${el.text.slice(0, 40)}"`).toBe(true);
    if (wanted(el)) return el;
  }
  throw new Error(`Tab never reached ${what}`);
}

test.describe("keyboard only", () => {
  test("switch to English, choose units to compare, open an indicator and download its figures, without a mouse", async ({ page }) => {
    await page.goto("/");
    await tabTo(page, (el) => el.tag === "a" && el.href === "/en", "the language switch");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    await tabTo(page, (el) => el.tag === "a" && el.href === "/en/compare", "the comparison in the navigation");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en\/compare$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare provinces");

    // Add the merged Cần Thơ to An Giang and Hậu Giang, and show digital society.
    await tabTo(page, (el) => el.tag === "input" && el.value === "can-tho-2025", "the Cần Thơ checkbox");
    await page.keyboard.press("Space");
    await tabTo(page, (el) => el.tag === "select", "the pillar");
    await page.keyboard.press("End");
    const pillar = await page.locator('select[name="pillar"]').inputValue();
    await tabTo(page, (el) => el.tag === "button" && el.text === "Compare", "the button");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`p=can-tho-2025.*pillar=${pillar}|pillar=${pillar}.*p=can-tho-2025`));
    await expect(page.getByRole("table", { name: /latest figures for each province and the 2025 target$/ }).locator('td[data-province="can-tho-2025"]').first()).toBeVisible();

    // Open the first indicator of the table.
    const indicator = await tabTo(page, (el) => el.tag === "a" && (el.href ?? "").startsWith("/en/indicators/"), "an indicator of the comparison");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`^[^?]*${indicator.href!.split("?")[0]!.replace(/[/]/g, "\\/")}\\?`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(indicator.text);

    // Download its figures.
    await tabTo(page, (el) => el.tag === "a" && (el.href ?? "").startsWith("/en/indicators/") && (el.href ?? "").includes("/csv?"), "the CSV download");
    const download = page.waitForEvent("download");
    await page.keyboard.press("Enter");
    const file = await download;
    const text = await (await file.createReadStream()).toArray();
    const csv = Buffer.concat(text).toString("utf8");
    expect(csv).toMatch(/^\uFEFF\w+,/);
    // Downloaded from the English page: units named in English.
    expect(csv).toContain("An Giang (until 30 June 2025)");
  });
});
