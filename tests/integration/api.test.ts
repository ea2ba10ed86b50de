// The open-data API against the seeded database, through its route handler:
// only published figures in every resource and format, paging that adds up,
// conditional requests by tag and by date, and problems that name the bad parameter.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ unstable_cache: (read: unknown) => read, revalidateTag: vi.fn(), revalidatePath: vi.fn() }));

import { GET, OPTIONS, POST, DELETE } from "@/app/api/v1/[resource]/route";
import { PUT as putDocument } from "@/app/api/v1/openapi.json/route";
import { RESOURCES, type Resource } from "@/features/open-data/schema";
import { db } from "@/lib/server/db";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { parsePeriod, periodEnd } from "@/lib/domain/period";
import { csvLines, indicatorIdOf, provinceIdOf, sourceIdOf } from "./helpers";

const call = (resource: string, query = "", headers: Record<string, string> = {}) =>
  GET(new Request(`http://127.0.0.1/api/v1/${resource}${query ? `?${query}` : ""}`, { headers }), { params: Promise.resolve({ resource }) });

interface Listing {
  data: Array<Record<string, unknown>>;
  meta: { total: number; page: number; per_page: number; pages: number };
  links: { self: string; next: string | null; prev: string | null };
}

/** Every page of a resource, in JSON and in CSV, as text. */
async function everything(resource: Resource): Promise<{ json: string; csv: string }> {
  const texts = { json: [] as string[], csv: [] as string[] };
  for (const format of ["json", "csv"] as const) {
    for (let page = 1; ; page++) {
      const response = await call(resource, `format=${format}&per_page=1000&page=${page}`);
      expect(response.status).toBe(200);
      texts[format].push(await response.text());
      if (!response.headers.get("link")?.includes('rel="next"')) break;
    }
  }
  return { json: texts.json.join("\n"), csv: texts.csv.join("\n") };
}

// Figures that must never be public, one per status short of published, with a value nothing else has.
const UNPUBLISHED: Array<{ status: ReportStatus; period: string; value: number }> = [
  { status: "DRAFT", period: "2019-Q1", value: 41.2371 },
  { status: "SUBMITTED", period: "2019-Q2", value: 41.2372 },
  { status: "RETURNED", period: "2019-Q3", value: 41.2373 },
  { status: "APPROVED", period: "2019-Q4", value: 41.2374 },
];
const PUBLISHED = { status: "PUBLISHED" as const, period: "2018-Q3", value: 41.2375 };
const created: Array<{ observation: number; report: number }> = [];

beforeAll(async () => {
  const [provinceId, indicatorId, sourceId] = await Promise.all([
    provinceIdOf("an-giang"),
    indicatorIdOf("SOC_SMARTPHONE"),
    sourceIdOf("article-2023-02-13-an-giang-digital-economy-society"),
  ]);
  for (const { status, period, value } of [...UNPUBLISHED, PUBLISHED]) {
    const report = await db.report.create({ data: { provinceId, period, status } });
    const observation = await db.observation.create({ data: { provinceId, indicatorId, period, periodEnd: periodEnd(parsePeriod(period)!), value, sourceId } });
    created.push({ observation: observation.id, report: report.id });
  }
});

afterAll(async () => {
  await db.observation.deleteMany({ where: { id: { in: created.map((c) => c.observation) } } });
  await db.report.deleteMany({ where: { id: { in: created.map((c) => c.report) } } });
});

describe("open-data API", () => {
  it("never shows a figure of a draft, submitted, returned or approved report, in any resource or format", async () => {
    for (const resource of RESOURCES) {
      const { json, csv } = await everything(resource);
      for (const { status, value, period } of UNPUBLISHED) {
        expect(json, `${resource} JSON shows the ${status} figure`).not.toContain(String(value));
        expect(csv, `${resource} CSV shows the ${status} figure`).not.toContain(String(value));
        if (resource === "observations") expect(csv).not.toMatch(new RegExp(`^an-giang,SOC_SMARTPHONE,SOC,${period},`, "m"));
      }
    }
    // The published one is there, in both formats, with its source.
    const { json, csv } = await everything("observations");
    expect(json).toContain(String(PUBLISHED.value));
    expect(csvLines(csv).find((l) => l.includes(String(PUBLISHED.value)))).toMatch(/^an-giang,SOC_SMARTPHONE,SOC,2018-Q3,2018-09-30,41\.2375,EXACT,.*article-2023-02-13-an-giang-digital-economy-society/);
  });

  it("filters by unit, indicator and period, and pages through every matching row exactly once", async () => {
    const all = (await (await call("observations", "unit=an-giang,hau-giang&pillar=SOC&per_page=1000")).json()) as Listing;
    expect(all.meta.total).toBe(all.data.length);
    expect(all.data.length).toBeGreaterThan(5);
    expect(new Set(all.data.map((r) => r.unit))).toEqual(new Set(["an-giang", "hau-giang"]));
    expect(all.data.every((r) => r.pillar === "SOC")).toBe(true);

    const seen: unknown[] = [];
    let next: string | null = "/api/v1/observations?unit=an-giang,hau-giang&pillar=SOC&per_page=2";
    while (next) {
      const url = new URL(next, "http://127.0.0.1");
      const page = (await (await call("observations", url.searchParams.toString())).json()) as Listing;
      expect(page.meta.total).toBe(all.meta.total);
      seen.push(...page.data);
      next = page.links.next;
    }
    expect(seen).toEqual(all.data);

    const since2023 = (await (await call("observations", "unit=hau-giang&indicator=SOC_SMARTPHONE&from=2023")).json()) as Listing;
    expect(since2023.data.map((r) => r.period)).toContain("2023-H1");
    expect(since2023.data.every((r) => String(r.period_end) >= "2023-01-01")).toBe(true);

    // A source keeps its own title, with its English rendering beside it; a DTI note comes in both languages.
    const smartphone = (await (await call("observations", "unit=an-giang&indicator=SOC_SMARTPHONE&to=2022")).json()) as Listing;
    expect(smartphone.data[0]).toMatchObject({
      source_title: "An Giang đẩy mạnh phát triển kinh tế số, xã hội số",
      source_title_en: "An Giang steps up the development of the digital economy and digital society",
    });
    const dti = (await (await call("dti-results", "unit=hau-giang&year=2021")).json()) as Listing;
    expect(dti.data[0]).toMatchObject({ note: expect.stringContaining("Đồng bằng sông Cửu Long"), note_en: expect.stringContaining("Mekong Delta") });
  });

  it("answers 304 to a request that already has the current answer, and lets any site read it", async () => {
    const first = await call("units", "per_page=5");
    const etag = first.headers.get("etag");
    expect(etag).toMatch(/^".+"$/);
    expect(first.headers.get("access-control-allow-origin")).toBe("*");
    const units = (await first.json()) as Listing;
    expect(units.data[0]).toMatchObject({ slug: "an-giang", successor: "an-giang-2025" });
    const again = await call("units", "per_page=5", { "If-None-Match": etag! });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe("");
    expect((await call("units", "per_page=6", { "If-None-Match": etag! })).status).toBe(200);
    expect(OPTIONS().headers.get("access-control-allow-methods")).toContain("GET");
  });

  it("dates every answer by the last change to what the public sees, which a draft's edit does not move and a publication does", async () => {
    const first = await call("units", "per_page=5");
    const lastModified = first.headers.get("last-modified")!;
    expect(lastModified).toMatch(/^\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    expect((await call("units", "per_page=5", { "If-Modified-Since": lastModified })).status).toBe(304);
    // A tag that is not the current one outweighs a date that would do (RFC 9110 §13.2.2).
    expect((await call("units", "per_page=5", { "If-None-Match": '"old"', "If-Modified-Since": lastModified })).status).toBe(200);

    // Last-Modified is to the second.
    await new Promise((resolve) => setTimeout(resolve, 1100));
    await db.observation.update({ where: { id: created[0]!.observation }, data: { note: "A draft's edit" } });
    expect((await call("units", "per_page=5")).headers.get("last-modified")).toBe(lastModified);
    await db.report.update({ where: { id: created.at(-1)!.report }, data: { publishedAt: new Date() } });
    const later = await call("units", "per_page=5", { "If-Modified-Since": lastModified });
    expect(later.status).toBe(200);
    expect(Date.parse(later.headers.get("last-modified")!)).toBeGreaterThan(Date.parse(lastModified));
  });

  it("refuses any other method with 405 and the methods it takes (RFC 9110, Allow), as a problem answer", async () => {
    for (const refused of [POST(), DELETE(), putDocument()]) {
      expect(refused.status).toBe(405);
      expect(refused.headers.get("allow")).toBe("GET, HEAD, OPTIONS");
      expect(refused.headers.get("content-type")).toContain("application/problem+json");
      expect(await refused.json()).toMatchObject({ status: 405, title: "Method Not Allowed" });
    }
  });

  it("names the bad parameter in a problem answer, and never shows a stack trace", async () => {
    const response = await call("observations", "unit=ha-tay&from=2024-Q9&colour=red");
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("application/problem+json");
    const body = (await response.json()) as { status: number; invalid_params: Array<{ name: string; reason: string }> };
    expect(body.status).toBe(400);
    expect(body.invalid_params.map((p) => p.name)).toEqual(["colour", "unit", "from"]);
    expect(body.invalid_params[1]!.reason).toContain("ha-tay");

    const missing = await call("figures");
    expect(missing.status).toBe(404);
    expect(((await missing.json()) as { detail: string }).detail).toContain("observations");

    const broken = vi.spyOn(db.observation, "findMany").mockRejectedValueOnce(new Error("connection reset at /srv/app/lib/db.ts:12"));
    const silenced = vi.spyOn(console, "error").mockImplementation(() => {});
    const failed = await call("observations");
    expect(failed.status).toBe(500);
    const text = await failed.text();
    expect(text).not.toContain("connection reset");
    expect(text).not.toContain("lib/server/db.ts");
    broken.mockRestore();
    silenced.mockRestore();
  });
});
