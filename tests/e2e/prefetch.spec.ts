// Links fetch their page ahead only when the reader reaches for one: a view
// of the overview, with its dozens of unit and indicator links, asks the
// server for nothing more until a link is pointed at, and a click follows the
// link in the page.
import { expect, test, type Request } from "@playwright/test";

const isPrefetch = (request: Request) => {
  const headers = request.headers();
  return "next-router-prefetch" in headers || "next-router-segment-prefetch" in headers;
};

test("the overview prefetches no linked page on load, and a unit's page once its link is pointed at", async ({ page }) => {
  const prefetches: string[] = [];
  page.on("request", (request) => {
    if (isPrefetch(request)) prefetches.push(new URL(request.url()).pathname);
  });
  await page.goto("/");
  await page.waitForLoadState("networkidle");
  expect(prefetches).toEqual([]);

  const link = page.getByRole("main").getByRole("link", { name: "Hậu Giang", exact: true }).first();
  const prefetched = page.waitForRequest((request) => isPrefetch(request) && new URL(request.url()).pathname === "/provinces/hau-giang");
  await link.hover();
  await prefetched;
  // Followed in the page, not by loading a new document: what the window holds survives the click.
  await page.evaluate(() => Object.assign(window, { stillThisDocument: true }));
  await link.click();
  await expect(page).toHaveURL(/\/provinces\/hau-giang$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Hậu Giang");
  expect(await page.evaluate(() => "stillThisDocument" in window)).toBe(true);
});
