import { expect, test } from "@playwright/test";
import { definitionOf, expectAccessible, expectNoHorizontalOverflow, keepScreenshot } from "./support";

test.describe("DTI rankings and open data @phone", () => {
  test("rankings list each year's results as published", async ({ page }, info) => {
    await page.goto("/rankings");
    const year2021 = page.locator("section", { has: page.getByRole("heading", { name: "DTI 2021" }) });
    await expect(year2021.locator('tr[data-province="hau-giang"]')).toContainText("17/63");
    await expect(year2021.locator('tr[data-province="hau-giang"]')).toContainText("0,4670");
    await expect(year2021.locator('tr[data-province="an-giang"]')).toContainText("42/63");
    // 2022 as published: all 63 provinces, ties as ties.
    const year2022 = page.locator("section", { has: page.getByRole("heading", { name: "DTI 2022" }) });
    await expect(year2022.locator("tbody tr")).toHaveCount(63);
    await expect(year2022.locator('tr[data-province="thanh-hoa"]')).toContainText("15/63");
    await expect(year2022.locator('tr[data-province="yen-bai"]')).toContainText("15/63");
    await expect(year2022.locator('tr[data-province="hau-giang"]')).toContainText("17/63");
    await expect(year2022.locator('tr[data-province="da-nang"] a[href="https://dti.gov.vn/xep-hang-2022"]')).toBeVisible();
    // Rank over time, rank 1 at the top, for the chosen provinces.
    const chart = page.getByRole("figure", { name: "Thứ hạng DTI qua các năm (hạng 1 ở trên cùng)" });
    await expect(chart).toContainText("An Giang (đến 30/6/2025)");
    await expect(chart).toContainText("Hậu Giang");
    await expect(chart.getByRole("img", { name: /Thứ hạng DTI/ }).locator(".chart-point")).toHaveCount(5);
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "rankings", info.project.name);
  });

  test("the open-data page describes each dataset and offers it as CSV and JSON, with its sources", async ({ page, request }, info) => {
    await page.goto("/data");
    const observations = page.locator('section[data-dataset="observations"]');
    await expect(observations.getByRole("heading", { level: 2 })).toHaveText("Số liệu theo chỉ tiêu");
    await expect(observations.getByRole("link", { name: "CSV" })).toHaveAttribute("href", "/data/observations.csv");
    await expect(observations.getByRole("link", { name: "JSON" })).toHaveAttribute("href", "/data/observations.json");
    await expect(page.getByRole("paragraph").filter({ hasText: "Dữ liệu được cung cấp theo giấy phép" }).first()).toContainText("CC BY 4.0");
    await observations.locator("summary", { hasText: "Các cột" }).click();
    await expect(observations).toContainText("Câu trong nguồn mà số liệu được lấy ra, nguyên văn.");
    await observations.locator("summary", { hasText: "5 dòng đầu" }).click();
    await expect(page.getByRole("table", { name: "Danh mục nguồn" }).locator('tr[data-source="article-2023-02-13-an-giang-digital-economy-society"]')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "open-data", info.project.name);

    const csv = await request.get("/data/observations.csv");
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text).toContain("an-giang,SOC_SMARTPHONE,SOC,2022,2022-12-31,66.2,EXACT,");
    expect(text).toContain("article-2023-02-13-an-giang-digital-economy-society");
    // The rows the page states are the rows in the file.
    const stated = Number((await definitionOf(observations, "Số dòng").textContent())!.replace(/\./g, ""));
    expect(text.trim().split("\r\n").length - 1).toBe(stated);
    const json = (await (await request.get("/data/units.json")).json()) as { data: Array<{ slug: string; predecessors: string[] }> };
    expect(json.data.find((u) => u.slug === "an-giang-2025")?.predecessors).toEqual(["an-giang", "kien-giang"]);
    expect((await request.get("/data/dti.csv")).status()).toBe(200);
    expect((await request.get("/data/unknown.csv")).status()).toBe(404);
  });

  test("machines find every public page: robots.txt points to a sitemap of both languages, with the day the data last changed", async ({ request, baseURL }) => {
    const robots = await request.get("/robots.txt");
    expect(robots.status()).toBe(200);
    const rules = await robots.text();
    expect(rules).toContain("Disallow: /work");
    expect(rules).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
    const sitemap = await request.get("/sitemap.xml");
    expect(sitemap.status()).toBe(200);
    expect(sitemap.headers()["x-content-type-options"]).toBe("nosniff");
    const xml = await sitemap.text();
    const entry = /<url>\s*<loc>([^<]+\/provinces\/an-giang)<\/loc>([\s\S]*?)<\/url>/.exec(xml);
    expect(entry?.[1]).toBe(`${baseURL}/provinces/an-giang`);
    expect(entry?.[2]).toContain(`hreflang="en" href="${baseURL}/en/provinces/an-giang"`);
    expect(entry?.[2]).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/);
    expect(xml).toContain(`<loc>${baseURL}/indicators/SOC_SMARTPHONE</loc>`);
    expect(xml).toContain(`<loc>${baseURL}/provinces/hau-giang/report/2024</loc>`);
    // Each address it names answers.
    expect((await request.get("/provinces/hau-giang/report/2024")).status()).toBe(200);
  });

  test("the API page explains the open-data API, and its examples answer", async ({ page, request }, info) => {
    await page.goto("/data");
    await page.getByRole("link", { name: "Giao diện lập trình (API) dữ liệu mở" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("API dữ liệu mở");
    await expect(page.locator("#observations")).toContainText("source_sentence");
    await expectNoHorizontalOverflow(page);
    await expectAccessible(page);
    await keepScreenshot(page, "open-data-api", info.project.name);

    // The first example: An Giang's and Hậu Giang's smartphone figures since 2022, with their sources.
    const example = await page.locator('section[aria-labelledby="examples"] a').first().getAttribute("href");
    const answer = await request.get(example!);
    expect(answer.headers()["content-type"]).toContain("application/json");
    const body = (await answer.json()) as { data: Array<{ unit: string; period: string; value: number; source_title: string }>; meta: { total: number } };
    expect(body.data).toContainEqual(expect.objectContaining({ unit: "an-giang", period: "2022", value: 66.2 }));
    expect(body.data).toContainEqual(expect.objectContaining({ unit: "hau-giang", period: "2023-H1", value: 75 }));
    expect(body.meta.total).toBe(body.data.length);

    const spec = await request.get("/api/v1/openapi.json");
    expect(((await spec.json()) as { openapi: string }).openapi).toBe("3.1.0");
    const bad = await request.get("/api/v1/observations?unit=ha-tay");
    expect(bad.status()).toBe(400);
    expect(((await bad.json()) as { invalid_params: Array<{ name: string }> }).invalid_params[0]!.name).toBe("unit");
  });
});
