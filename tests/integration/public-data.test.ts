// The public pages and open-data files show figures of published reports only.
import { describe, it, expect } from "vitest";
import { db } from "@/lib/server/db";
import { sitemapPages } from "@/features/public-pages/sitemap";
import { getComparison } from "@/features/public-pages/compare";
import { getCompleteness } from "@/features/review/completeness";
import { getIndicatorView } from "@/features/public-pages/indicators";
import { listSourceUses, openDataCatalog, openDataFile, openDataFileOf } from "@/features/open-data/files";
import { getOverview } from "@/features/public-pages/overview";
import { listReportingProvinces } from "@/features/published/provinces";
import { getScorecard } from "@/features/public-pages/scorecard";
import { apiReaders } from "@/features/open-data/api-reads";
import { EVERY_ROW } from "@/features/open-data/query";
import { observationSelect } from "@/features/published/selects";
import type { ReportStatus } from "@/lib/generated/prisma/enums";
import { parsePeriod, periodEnd } from "@/lib/domain/period";
import { deadlineOf, dueState, ruleFor } from "@/lib/domain/deadline";
import { csvLines, indicatorIdOf, provinceIdOf, sourceIdOf } from "./helpers";

async function scorecardRow(slug: string, code: string) {
  const scorecard = await getScorecard(slug, new Date());
  const row = scorecard?.pillars.flatMap((p) => p.rows).find((r) => r.indicator.code === code);
  if (!row) throw new Error(`${slug}'s scorecard has no ${code} row`);
  return row;
}

async function comparisonCell(slug: string, code: string) {
  const comparison = await getComparison(["an-giang", "hau-giang"], "SOC");
  const cell = comparison?.rows.find((r) => r.indicator.code === code)?.cells.find((c) => c.slug === slug);
  if (!cell) throw new Error(`comparison has no ${code} cell for ${slug}`);
  return cell;
}

/** The periods the indicator page draws for a unit (its table twin and CSV are built from the same series). */
async function indicatorPeriods(slug: string) {
  const view = await getIndicatorView("SOC_SMARTPHONE", [slug]);
  return view?.series.filter((s) => s.unit.slug === slug).flatMap((s) => s.points.map((p) => p.period)) ?? [];
}

/** The periods of An Giang's history on the merged An Giang's scorecard. */
async function predecessorPeriods() {
  const row = await scorecardRow("an-giang-2025", "SOC_SMARTPHONE");
  return row.predecessors.flatMap((p) => p.observations.map((o) => o.period));
}

/** A figure in a report of the given status, removed again by `remove`. */
async function createFigureInReport(slug: string, period: string, code: string, value: number, status: ReportStatus) {
  const [provinceId, indicatorId, sourceId] = await Promise.all([
    provinceIdOf(slug),
    indicatorIdOf(code),
    sourceIdOf("article-2023-02-13-an-giang-digital-economy-society"),
  ]);
  const report = await db.report.create({ data: { provinceId, period, status } });
  const observation = await db.observation.create({
    data: { provinceId, indicatorId, period, periodEnd: periodEnd(parsePeriod(period)!), value, sourceId },
  });
  return {
    report,
    setStatus: (next: ReportStatus) => db.report.update({ where: { id: report.id }, data: { status: next } }),
    remove: async () => {
      await db.observation.deleteMany({ where: { id: observation.id } });
      await db.report.deleteMany({ where: { id: report.id } });
    },
  };
}

describe("scorecard", () => {
  it("shows An Giang's smartphone figure against its own 2025 target and the national 2030 one", async () => {
    const { assessment } = await scorecardRow("an-giang", "SOC_SMARTPHONE");
    expect(assessment.latest).toMatchObject({ value: 66.2, period: "2022" });
    expect(assessment.target).toMatchObject({ value: 80, comparator: "GTE", year: 2025, scope: "PROVINCIAL" });
    expect(assessment.laterTarget).toMatchObject({ value: 95, year: 2030, scope: "NATIONAL" });
    expect(assessment.bucket).not.toBe("NO_DATA");
  });

  it("puts the smartphone row in the digital-society pillar", async () => {
    const scorecard = await getScorecard("an-giang", new Date());
    const soc = scorecard?.pillars.find((p) => p.code === "SOC");
    expect(soc?.rows.map((r) => r.indicator.code)).toContain("SOC_SMARTPHONE");
  });

  it("shows no data, never zero, for an indicator without a figure", async () => {
    const { assessment, observations } = await scorecardRow("an-giang", "SOC_DIGITAL_SIGNATURE");
    expect(observations).toEqual([]);
    expect(assessment.latest).toBeNull();
    expect(assessment.bucket).toBe("NO_DATA");
    expect(assessment.gap).toBeNull();
    expect(assessment.target).toMatchObject({ comparator: "GT", value: 50 });
  });

  it("judges a dissolved unit's 2025 target by its successor's 2025 figure, and says whose figure it is", async () => {
    // An Giang's own 2025 target: all documents between agencies electronic. The province
    // was merged away on 01/7/2025; the merged An Giang reports 100 % for 2025-Q4.
    const row = await scorecardRow("an-giang", "GOV_E_DOCUMENTS");
    expect(row.observations).toEqual([]);
    expect(row.assessment.target).toMatchObject({ year: 2025, value: 100 });
    expect(row.assessment.progress).toMatchObject({ status: "ACHIEVED", final: true });
    expect(row.assessment.successorFigure).toMatchObject({ value: 100, period: "2025-Q4" });
    expect(row.assessment.bucket).toBe("ACHIEVED");
    // The merged unit's own 2025 target is judged on its own figure, as for any unit.
    const successor = await scorecardRow("an-giang-2025", "GOV_E_DOCUMENTS");
    expect(successor.assessment.successorFigure).toBeNull();
  });

  it("is null for an unknown province", async () => {
    expect(await getScorecard("no-such-province", new Date())).toBeNull();
  });
});

describe("reporting provinces and overview", () => {
  it("lists An Giang and Hậu Giang first and leaves out units known only from a DTI table", async () => {
    const slugs = (await listReportingProvinces()).map((p) => p.slug);
    expect(slugs.slice(0, 2)).toEqual(["an-giang", "hau-giang"]);
    expect(slugs).toContain("can-tho-2025");
    expect(await db.dtiResult.count({ where: { province: { slug: "da-nang" } } })).toBe(1);
    expect(slugs).not.toContain("da-nang");
  });

  it("shows the pair and their successors in full, every other reporting unit in a line, each indicator counted once", async () => {
    const [overview, reporting] = await Promise.all([getOverview(), listReportingProvinces()]);
    expect(overview.featured.map((o) => o.province.slug)).toEqual(["an-giang", "hau-giang", "an-giang-2025", "can-tho-2025"]);
    // No reporting unit left out or shown twice; units of today before those dissolved in 2025.
    const others = overview.others.map((o) => o.province.slug);
    expect([...overview.featured.map((o) => o.province.slug), ...others].sort()).toEqual(reporting.map((p) => p.slug).sort());
    const dissolved = overview.others.map((o) => o.province.successor !== null);
    expect(dissolved).toEqual([...dissolved].sort((a, b) => Number(a) - Number(b)));

    const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    for (const { province, pillarCounts } of overview.featured) {
      const scorecard = await getScorecard(province.slug);
      expect(pillarCounts.map((p) => p.code)).toEqual(scorecard!.pillars.map((p) => p.code));
      for (const pillar of pillarCounts) {
        const indicatorCount = scorecard!.pillars.find((p) => p.code === pillar.code)!.rows.length;
        expect(pillar.total).toBe(indicatorCount);
        expect(sum(pillar.counts), `${province.slug} ${pillar.code}`).toBe(indicatorCount);
      }
    }
    for (const { province, counts, total } of overview.others) {
      const scorecard = await getScorecard(province.slug);
      const rows = scorecard!.pillars.flatMap((p) => p.rows);
      expect(total).toBe(rows.length);
      expect(sum(counts), province.slug).toBe(total);
      expect(counts.NO_DATA).toBe(rows.filter((r) => r.assessment.latest === null && r.assessment.successorFigure === null).length);
    }
    const hauGiang = overview.featured.find((o) => o.province.slug === "hau-giang");
    expect(hauGiang?.latestDti).toMatchObject({ year: 2022, rank: 17 });
  });
});

describe("comparison", () => {
  it("gives each province's latest smartphone figure", async () => {
    expect((await comparisonCell("an-giang", "SOC_SMARTPHONE")).assessment.latest).toMatchObject({ value: 66.2 });
    expect((await comparisonCell("hau-giang", "SOC_SMARTPHONE")).assessment.latest).toMatchObject({ value: 75, period: "2023-H1" });
  });

  it("judges every cell exactly as the unit's scorecard does, on every pillar", async () => {
    // The comparison reads one pillar's figures on its own: its verdicts, figures and sources must be the scorecard's.
    const asOf = new Date();
    const slugs = (await listReportingProvinces()).map((p) => p.slug);
    const figure = (f: { period: string; value: number; qualifier: string; source: { key: string } } | null) =>
      f && { period: f.period, value: f.value, qualifier: f.qualifier, source: f.source.key };
    const shown = (v: { target: { year: number; value: number }; evidence: { whose: string; figure: Parameters<typeof figure>[0] } | null }) => ({
      ...v,
      target: { year: v.target.year, value: v.target.value },
      evidence: v.evidence && { whose: v.evidence.whose, figure: figure(v.evidence.figure) },
    });
    const verdict = (a: Awaited<ReturnType<typeof scorecardRow>>["assessment"] | NonNullable<Awaited<ReturnType<typeof getComparison>>>["rows"][number]["cells"][number]["assessment"]) => ({
      ...a,
      latest: figure(a.latest),
      successorFigure: figure(a.successorFigure),
      target: a.target && { year: a.target.year, comparator: a.target.comparator, value: a.target.value, scope: a.target.scope },
      laterTarget: a.laterTarget && { year: a.laterTarget.year, value: a.laterTarget.value },
      verdicts: a.verdicts.map(shown),
      headline: a.headline && shown(a.headline),
      open: a.open && shown(a.open),
    });
    const scorecards = await Promise.all(slugs.map((slug) => getScorecard(slug, asOf)));
    let judged = 0;
    for (const pillar of scorecards[0]!.pillars) {
      const comparison = await getComparison(slugs, pillar.code, asOf);
      expect(comparison?.provinces.map((p) => p.slug)).toEqual(slugs);
      expect(comparison?.rows.map((r) => r.indicator.code)).toEqual(pillar.rows.map((r) => r.indicator.code));
      for (const [i, scorecard] of scorecards.entries()) {
        const rows = scorecard!.pillars.find((p) => p.code === pillar.code)!.rows;
        for (const [j, row] of rows.entries()) {
          const cell = comparison!.rows[j]!.cells[i]!;
          expect(cell.slug).toBe(slugs[i]);
          expect(verdict(cell.assessment), `${slugs[i]} ${row.indicator.code}`).toEqual(verdict(row.assessment));
          if (row.assessment.latest) judged++;
        }
      }
    }
    // Enough figures behind it for the check to mean something, including a verdict taken from a successor.
    expect(judged).toBeGreaterThan(40);
    expect(scorecards.some((s) => s!.pillars.some((p) => p.rows.some((r) => r.assessment.successorFigure)))).toBe(true);
  });
});

describe("a published figure", () => {
  it("is shown alike by the scorecard, the comparison, the indicator page and the open data", async () => {
    const [slug, code] = ["an-giang", "SOC_SMARTPHONE"];
    const fields = Object.keys(observationSelect);
    const shown = (reader: string, figure: object | null | undefined) => {
      expect(figure, reader).toBeTruthy();
      for (const field of fields) expect(figure, `${reader} ${field}`).toHaveProperty(field);
      return Object.fromEntries(fields.map((field) => [field, (figure as Record<string, unknown>)[field]]));
    };
    const scorecard = shown("scorecard", (await scorecardRow(slug, code)).assessment.latest);
    expect(shown("comparison", (await comparisonCell(slug, code)).assessment.latest)).toEqual(scorecard);
    const view = await getIndicatorView(code, [slug]);
    expect(shown("indicator page", view?.chosen.find((c) => c.unit.slug === slug)?.assessment.latest)).toEqual(scorecard);
    const isoDate = (d: unknown) => (d instanceof Date ? d.toISOString().slice(0, 10) : null);
    const { rows } = await apiReaders.observations({ ...EVERY_ROW, units: [slug], indicators: [code] });
    expect(rows.find((r) => r.period === scorecard.period)).toMatchObject({
      period: scorecard.period,
      period_end: isoDate(scorecard.periodEnd),
      value: scorecard.value,
      qualifier: scorecard.qualifier,
      as_of: isoDate(scorecard.asOf),
      out_of: scorecard.outOf,
      note: scorecard.note,
      source_sentence: scorecard.quote,
      conflict: scorecard.conflict,
    });
  });
});

describe("unpublished figures", () => {
  const hasDraftRow = (csv: string) => csvLines(csv).some((l) => l.startsWith("an-giang,") && l.includes(",SOC_SMARTPHONE,") && l.includes(",2024-Q1,"));

  it("stay private until their report is published", async () => {
    const draft = await createFigureInReport("an-giang", "2024-Q1", "SOC_SMARTPHONE", 71.3, "DRAFT");
    try {
      for (const status of ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] as const) {
        await draft.setStatus(status);
        const row = await scorecardRow("an-giang", "SOC_SMARTPHONE");
        expect(row.assessment.latest, status).toMatchObject({ value: 66.2, period: "2022" });
        expect(row.observations.map((o) => o.period), status).not.toContain("2024-Q1");
        expect((await comparisonCell("an-giang", "SOC_SMARTPHONE")).assessment.latest?.value, status).toBe(66.2);
        expect(await indicatorPeriods("an-giang"), status).not.toContain("2024-Q1");
        expect(await predecessorPeriods(), status).not.toContain("2024-Q1");
        const csv = await openDataFile("observations", "csv");
        expect(csv, status).not.toContain("71.3");
        expect(csv, status).toContain("66.2");
        expect(hasDraftRow(csv), status).toBe(false);
      }

      await draft.setStatus("PUBLISHED");
      const row = await scorecardRow("an-giang", "SOC_SMARTPHONE");
      expect(row.assessment.latest).toMatchObject({ value: 71.3, period: "2024-Q1" });
      expect((await comparisonCell("an-giang", "SOC_SMARTPHONE")).assessment.latest?.value).toBe(71.3);
      expect(await indicatorPeriods("an-giang")).toContain("2024-Q1");
      expect(await predecessorPeriods()).toContain("2024-Q1");
      const csv = await openDataFile("observations", "csv");
      expect(csv).toContain("71.3");
      expect(hasDraftRow(csv)).toBe(true);
    } finally {
      await draft.remove();
    }
    expect((await scorecardRow("an-giang", "SOC_SMARTPHONE")).assessment.latest?.value).toBe(66.2);
  });

  it("do not make a unit a reporting province", async () => {
    const draft = await createFigureInReport("da-nang", "2023", "SOC_SMARTPHONE", 55.5, "APPROVED");
    try {
      expect((await listReportingProvinces()).map((p) => p.slug)).not.toContain("da-nang");
      await draft.setStatus("PUBLISHED");
      expect((await listReportingProvinces()).map((p) => p.slug)).toContain("da-nang");
    } finally {
      await draft.remove();
    }
    expect((await listReportingProvinces()).map((p) => p.slug)).not.toContain("da-nang");
  });
});

describe("open-data files", () => {
  it("start with the byte-order mark and the API's columns", async () => {
    const csv = await openDataFile("observations", "csv");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, ...rows] = csvLines(csv);
    expect(header).toMatch(/^unit,indicator,pillar,period,period_end,value,qualifier,/);
    expect(rows.some((r) => r.startsWith("an-giang,SOC_SMARTPHONE,SOC,2022,2022-12-31,66.2,EXACT,"))).toBe(true);
    expect(openDataFileOf("dti.csv")).toEqual({ dataset: "dti-results", format: "csv" });
    expect(openDataFileOf("units.json")).toEqual({ dataset: "units", format: "json" });
    expect(openDataFileOf("users.csv")).toBeNull();
  });

  it("are described by their true row counts, sizes and first rows", async () => {
    const catalog = await openDataCatalog();
    expect(catalog.map((d) => d.dataset)).toEqual(["observations", "targets", "dti-results", "indicators", "units"]);
    for (const summary of catalog) {
      const [csv, json] = await Promise.all([openDataFile(summary.dataset, "csv"), openDataFile(summary.dataset, "json")]);
      expect(csvLines(csv).length - 1, summary.dataset).toBe(summary.rows);
      expect(Buffer.byteLength(csv), summary.dataset).toBe(summary.csvBytes);
      expect(Buffer.byteLength(json), summary.dataset).toBe(summary.jsonBytes);
      expect((JSON.parse(json) as { data: unknown[] }).data.slice(0, 5)).toEqual(summary.preview);
    }
    const observations = catalog[0]!;
    expect(observations.rows).toBe(await db.observation.count({ where: { report: { status: "PUBLISHED" } } }));
    expect(observations.updatedAt).not.toBeNull();
  });

  it("name every source something public rests on, with how many figures cite it", async () => {
    const uses = await listSourceUses();
    const article = uses.find((s) => s.key === "article-2023-02-13-an-giang-digital-economy-society");
    expect(article?.figures).toBe(await db.observation.count({ where: { source: { key: article!.key }, report: { status: "PUBLISHED" } } }));
    expect(article!.figures).toBeGreaterThan(0);
    const total = uses.reduce((sum, s) => sum + s.figures, 0);
    expect(total).toBe(await db.observation.count({ where: { report: { status: "PUBLISHED" } } }));
  });
});

describe("indicator pages", () => {
  it("assemble for every indicator, each figure drawn once and dated by its period", async () => {
    const indicators = await db.indicator.findMany({ select: { code: true } });
    for (const { code } of indicators) {
      const view = await getIndicatorView(code, []);
      expect(view, code).not.toBeNull();
      const published = await db.observation.count({ where: { indicator: { code }, report: { status: "PUBLISHED" }, province: { slug: { in: view!.series.map((s) => s.unit.slug) } } } });
      expect(view!.series.reduce((n, s) => n + s.points.length, 0), code).toBe(published);
    }
  });

  it("joins a dissolved unit to its successor and gives the successor its own status", async () => {
    const view = await getIndicatorView("GOV_SERVICE_INDEX_766", ["an-giang"]);
    expect(view!.series.map((s) => [s.unit.slug, s.role])).toEqual([
      ["an-giang", "own"],
      ["an-giang-2025", "successor"],
    ]);
    expect(view!.chosen.map((c) => [c.unit.slug, c.via])).toEqual([
      ["an-giang", "an-giang"],
      ["an-giang-2025", "an-giang"],
    ]);
    expect(view!.chosen[1]!.assessment.latest).toMatchObject({ value: 91.36 });
  });

  it("aims a unit that exists today at its next target still open", async () => {
    // Two published figures of the merged An Giang, made up for this test and removed after it.
    const figures = [
      await createFigureInReport("an-giang-2025", "2025", "ECON_DE_SHARE_GRDP", 6.1, "PUBLISHED"),
      await createFigureInReport("an-giang-2025", "2026-Q2", "ECON_DE_SHARE_GRDP", 6.8, "PUBLISHED"),
    ];
    try {
      const view = await getIndicatorView("ECON_DE_SHARE_GRDP", ["an-giang-2025"], new Date("2026-08-15T00:00:00Z"));
      const unit = view!.chosen.find((c) => c.unit.slug === "an-giang-2025")!;
      expect(unit.assessment.target).toMatchObject({ year: 2025, value: 20 });
      expect(unit.assessment.progress.final).toBe(true);
      expect(unit.pathTarget).toMatchObject({ year: 2026, value: 8, scope: "PROVINCIAL" });
      expect(unit.needed?.[1]).toEqual({ t: Date.UTC(2026, 11, 31), value: 8 });
      expect(unit.projection?.to.t).toBe(Date.UTC(2026, 11, 31));
      // 1,2 points to go, over the one whole quarter left in 2026 after August.
      expect(unit.assessment.open?.pacePerQuarter).toBeCloseTo(1.2, 6);
      expect(unit.assessment.open?.status).toBe("ACCELERATION_NEEDED");

      // A dissolved unit keeps aiming at its headline target.
      const old = (await getIndicatorView("ECON_DE_SHARE_GRDP", ["an-giang"], new Date("2026-11-26T00:00:00Z")))!.chosen[0]!;
      expect(old.pathTarget).toMatchObject({ year: 2025 });
      expect(old.assessment.open).toBeNull();
    } finally {
      for (const f of figures) await f.remove();
    }
  });

  it("is null for an unknown indicator", async () => {
    expect(await getIndicatorView("NO_SUCH_INDICATOR", [])).toBeNull();
  });
});

describe("completeness", () => {
  const now = new Date("2026-11-26T00:00:00Z");

  it("shows an official their own unit's recent periods, entered against expected per pillar", async () => {
    const official = { id: -1, role: "OFFICIAL" as const, provinceId: await provinceIdOf("an-giang-2025") };
    const data = await getCompleteness(official, now);
    const periods = data!.rows.map((r) => `${r.unit.slug}/${r.period}`);
    // From the merged province's first quarter to the current one, and its years; nobody else's.
    expect(periods).toEqual([
      "an-giang-2025/2026-Q4",
      "an-giang-2025/2026-Q3",
      "an-giang-2025/2026-Q2",
      "an-giang-2025/2026-Q1",
      "an-giang-2025/2025-Q4",
      "an-giang-2025/2025-Q3",
      "an-giang-2025/2026",
      "an-giang-2025/2025",
    ]);
    const q4 = data!.rows.find((r) => r.period === "2025-Q4")!;
    expect(q4.status).toBe("PUBLISHED");
    const gov = q4.pillars.find((p) => p.pillar === "GOV")!;
    expect(gov.entered).toBe(1);
    expect(gov.missing).not.toContain("GOV_E_DOCUMENTS");
    expect(gov.missing.length).toBe(gov.expected - 1);
    expect(data!.rows.find((r) => r.period === "2026-Q4")!.status).toBeNull();
  });

  it("gives each row its due date and, until the report is submitted, how it stands; and names the units owing an overdue report", async () => {
    const unitId = await provinceIdOf("an-giang-2025");
    const data = (await getCompleteness({ id: -1, role: "OFFICIAL" as const, provinceId: unitId }, now))!;
    // Another file may have set a rule: each due date follows whatever rule is stored.
    const rules = await db.reportDeadline.findMany({ select: { provinceId: true, periodKind: true, cutoffDay: true, dueDays: true, remindDays: true } });
    for (const row of data.rows) {
      const period = parsePeriod(row.period)!;
      const deadline = deadlineOf(period, ruleFor(rules, unitId, period.type));
      expect(row.due.date).toEqual(deadline.due);
      expect(row.due.state).toEqual(row.status === null || row.status === "DRAFT" || row.status === "RETURNED" ? dueState(deadline, now) : null);
    }
    const rowOf = (period: string) => data.rows.find((r) => r.period === period)!;
    // Published: nothing owed. Within any rule an admin may set, the running quarter is not due yet and 2026-Q2 is past due.
    expect(rowOf("2025-Q4").due.state).toBeNull();
    expect(rowOf("2026-Q4").due.state?.kind).toBe("NOT_YET");
    expect(rowOf("2026-Q2").status).toBeNull();
    expect(rowOf("2026-Q2").due.state?.kind).toBe("OVERDUE");
    const overdue = data.rows.filter((r) => r.due.state?.kind === "OVERDUE").map((r) => r.period);
    expect(data.overdue.map((u) => u.unit.slug)).toEqual(["an-giang-2025"]);
    expect(data.overdue[0]!.periods.map((p) => p.period).sort()).toEqual([...overdue].sort());
    expect(data.overdue[0]!.periods.map((p) => p.period)).not.toContain("2025-Q4");
  });

  it("is for officials and admins only", async () => {
    const staff = { id: -1, role: "STAFF" as const, provinceId: await provinceIdOf("an-giang-2025") };
    expect(await getCompleteness(staff, now)).toBeNull();
    const admin = { id: -1, role: "ADMIN" as const, provinceId: null };
    const units = new Set((await getCompleteness(admin, now))!.rows.map((r) => r.unit.slug));
    expect([...units]).toEqual(["an-giang-2025", "can-tho-2025"]);
  });
});

describe("the sitemap", () => {
  it("names every public page once, each unit's with the day its reports were last published", async () => {
    const pages = await sitemapPages(new Date("2026-12-06T00:00:00Z"));
    const paths = pages.map((p) => p.path);
    expect(new Set(paths).size).toBe(paths.length);
    const indicators = await db.indicator.count();
    expect(paths.filter((p) => p.startsWith("/indicators/"))).toHaveLength(indicators);
    for (const path of ["/", "/indicators", "/compare", "/rankings", "/data", "/data/api", "/provinces/an-giang", "/provinces/an-giang-2025", "/provinces/an-giang/report/2024", "/provinces/an-giang-2025/report/2025"]) {
      expect(paths, path).toContain(path);
    }
    // A unit merged away is offered no report of a year after it ended.
    expect(paths).not.toContain("/provinces/an-giang/report/2026");
    const anGiang = await db.report.findFirstOrThrow({ where: { status: "PUBLISHED", province: { slug: "an-giang" } }, orderBy: { publishedAt: "desc" }, select: { publishedAt: true } });
    expect(pages.find((p) => p.path === "/provinces/an-giang")!.lastModified).toEqual(anGiang.publishedAt);
    const latest = await db.report.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "desc" }, select: { publishedAt: true } });
    expect(pages.find((p) => p.path === "/")!.lastModified).toEqual(latest.publishedAt);
  });
});
