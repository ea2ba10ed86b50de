// The progress report against the seeded database: the public version is
// built from published figures only, the internal one adds approved figures
// and marks each "chưa công bố" — on the page's data and in the Word file,
// whose header carries the mark on every page. Only the unit's officials and
// admins get the internal one.
import JSZip from "jszip";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ unstable_cache: (read: unknown) => read, revalidateTag: vi.fn(), revalidatePath: vi.fn() }));

import type { Actor } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";
import { getInternalReport, getProgressReport } from "@/features/progress-report/reads";
import { published } from "@/features/published/published";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { i18nFor } from "@/lib/i18n/i18n";
import { parsePeriod, periodEnd } from "@/lib/domain/period";
import { reportDocx } from "@/features/progress-report/docx";
import { GET as downloadReport } from "@/app/[locale]/provinces/[slug]/report/[period]/docx/route";
import { indicatorIdOf, provinceIdOf, sourceIdOf } from "./helpers";

// One figure per status, each with a value nothing else has, all within 2019.
const FIGURES: Array<{ status: ReportStatus; period: string; value: number }> = [
  { status: "PUBLISHED", period: "2019-Q1", value: 51.37 },
  { status: "APPROVED", period: "2019-Q2", value: 52.48 },
  { status: "SUBMITTED", period: "2019-Q3", value: 53.59 },
  { status: "DRAFT", period: "2019-Q4", value: 54.61 },
];
const created: Array<{ observation: number; report: number }> = [];
let anGiang = 0;

beforeAll(async () => {
  const [provinceId, indicatorId, sourceId] = await Promise.all([
    provinceIdOf("an-giang"),
    indicatorIdOf("SOC_SMARTPHONE"),
    sourceIdOf("article-2023-02-13-an-giang-digital-economy-society"),
  ]);
  anGiang = provinceId;
  for (const { status, period, value } of FIGURES) {
    const report = await db.report.create({ data: { provinceId, period, status } });
    const observation = await db.observation.create({ data: { provinceId, indicatorId, period, periodEnd: periodEnd(parsePeriod(period)!), value, sourceId } });
    created.push({ observation: observation.id, report: report.id });
  }
});

afterAll(async () => {
  await db.observation.deleteMany({ where: { id: { in: created.map((c) => c.observation) } } });
  await db.report.deleteMany({ where: { id: { in: created.map((c) => c.report) } } });
});

const smartphoneOf = (report: NonNullable<Awaited<ReturnType<typeof getProgressReport>>>) =>
  report.facts.pillars.flatMap((p) => p.rows).find((r) => r.indicator.code === "SOC_SMARTPHONE")!;

async function docxText(body: Buffer): Promise<{ text: string; header: string }> {
  const zip = await JSZip.loadAsync(body);
  const headers = await Promise.all(Object.keys(zip.files).filter((name) => /^word\/header\d*\.xml$/.test(name)).map((name) => zip.file(name)!.async("string")));
  return { text: (await mammoth.extractRawText({ buffer: body })).value, header: headers.join("\n") };
}

describe("progress report", () => {
  it("public: published figures only, in the facts and in the Word file", async () => {
    const report = (await published.report("an-giang", "2019"))!;
    const row = smartphoneOf(report);
    expect(row.latest).toMatchObject({ period: "2019-Q1", value: 51.37 });
    expect(row.latest?.unpublished).toBeUndefined();
    expect(report.facts.hasUnpublished).toBe(false);
    const { text, header } = await docxText(await reportDocx(report, i18nFor("vi"), { internal: false }));
    expect(text).toContain("51,37%");
    for (const hidden of ["52,48", "53,59", "54,61", "chưa công bố"]) expect(text).not.toContain(hidden);
    expect(header).toContain("An Giang (đến 30/6/2025) — Năm 2019");
    expect(header).not.toContain("chưa công bố");
  });

  it("public: dated by its data, the same figures make the same file, byte for byte", async () => {
    const report = (await published.report("an-giang", "2019"))!;
    const dated = new Date("2026-11-26T08:30:15Z");
    const first = await reportDocx(report, i18nFor("vi"), { internal: false, dated });
    // Past the zip format's two-second clock.
    await new Promise((resolve) => setTimeout(resolve, 2100));
    const again = await reportDocx(report, i18nFor("vi"), { internal: false, dated });
    expect(again.equals(first)).toBe(true);
    const zip = await JSZip.loadAsync(first);
    const core = await zip.file("docProps/core.xml")!.async("string");
    expect(core).toContain(">2026-11-26T08:30:15Z</dcterms:created>");
    expect(core).toContain(">2026-11-26T08:30:15Z</dcterms:modified>");
    expect((await docxText(first)).text).toContain("51,37%");
  });

  it("internal: approved figures too, each marked not yet published, and the mark in the header of every page; never a draft or a submitted figure", async () => {
    const official: Actor = { id: 1, role: "OFFICIAL", provinceId: anGiang };
    const report = (await getInternalReport(official, "an-giang", "2019"))!;
    const row = smartphoneOf(report);
    expect(row.latest).toMatchObject({ period: "2019-Q2", value: 52.48, unpublished: true });
    expect(row.previous).toMatchObject({ period: "2019-Q1", value: 51.37 });
    expect(row.previous?.unpublished).toBeUndefined();
    expect(report.facts.hasUnpublished).toBe(true);
    const { text, header } = await docxText(await reportDocx(report, i18nFor("vi"), { internal: true }));
    expect(text).toContain("52,48% (Quý 2/2019) — chưa công bố");
    expect(text).toContain("51,37% (Quý 1/2019)");
    for (const hidden of ["53,59", "54,61"]) expect(text).not.toContain(hidden);
    expect(header).toContain("Bản nội bộ — có số liệu chưa công bố");
  });

  it("internal: only for the unit's officials and for admins", async () => {
    const hauGiang = await provinceIdOf("hau-giang");
    expect(await getInternalReport({ id: 2, role: "STAFF", provinceId: anGiang }, "an-giang", "2019")).toBeNull();
    expect(await getInternalReport({ id: 3, role: "OFFICIAL", provinceId: hauGiang }, "an-giang", "2019")).toBeNull();
    expect(await getInternalReport({ id: 4, role: "ADMIN", provinceId: null }, "an-giang", "2019")).not.toBeNull();
  });

  it("refuses a period that has not begun or does not parse, and a unit that does not exist", async () => {
    expect(await published.report("an-giang", "2099")).toBeNull();
    expect(await published.report("an-giang", "2019-Q5")).toBeNull();
    expect(await published.report("atlantis", "2019")).toBeNull();
  });

  it("public download: kept until its published figures change, then made afresh", async () => {
    const get = async () => {
      const response = await downloadReport(new Request("http://localhost/provinces/an-giang/report/2019/docx"), {
        params: Promise.resolve({ locale: "vi", slug: "an-giang", period: "2019" }),
      });
      expect(response.status).toBe(200);
      return Buffer.from(await response.arrayBuffer());
    };
    const first = await get();
    expect((await docxText(first)).text).toContain("51,37%");
    expect((await get()).equals(first)).toBe(true);
    const publishedFigure = created[0]!;
    try {
      await db.observation.update({ where: { id: publishedFigure.observation }, data: { value: 51.93 } });
      const changed = await docxText(await get());
      expect(changed.text).toContain("51,93%");
      expect(changed.text).not.toContain("51,37%");
    } finally {
      await db.observation.update({ where: { id: publishedFigure.observation }, data: { value: 51.37 } });
    }
  });
});
