// The share images (og:image) of the scorecard, indicator page and public
// report, through their route handlers on the seeded database: a PNG of
// 1200×630 in the page's language, 404 for a page that does not exist, and
// drawn from published figures only (an approved figure newer than any
// published one is nowhere in it until it is published).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ unstable_cache: (read: unknown) => read, revalidateTag: vi.fn(), revalidatePath: vi.fn() }));

import { GET as scorecardImage } from "@/app/[locale]/provinces/[slug]/share.png/route";
import { GET as indicatorImage } from "@/app/[locale]/indicators/[code]/share.png/route";
import { GET as reportImage } from "@/app/[locale]/provinces/[slug]/report/[period]/share.png/route";
import { published } from "@/features/published/published";
import { indicatorCard, reportCard, scorecardCard } from "@/features/public-pages/share-cards";
import { shareImageSvg } from "@/features/public-pages/share-image";
import { db } from "@/lib/server/db";
import { i18nFor } from "@/lib/i18n/i18n";
import { parsePeriod, periodEnd } from "@/lib/domain/period";
import { indicatorIdOf, provinceIdOf, sourceIdOf } from "./helpers";

const request = (query = "") => new Request(`http://localhost/x${query}`);
const calls = {
  scorecard: (locale: string, slug: string) => scorecardImage(request(), { params: Promise.resolve({ locale, slug }) }),
  indicator: (locale: string, code: string, query = "") => indicatorImage(request(query), { params: Promise.resolve({ locale, code }) }),
  report: (locale: string, slug: string, period: string) => reportImage(request(), { params: Promise.resolve({ locale, slug, period }) }),
};

async function png(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("image/png");
  expect(response.headers.get("set-cookie")).toBeNull();
  const bytes = Buffer.from(await response.arrayBuffer());
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
  return bytes;
}

describe("share images", () => {
  it("answers each page's image as a 1200×630 PNG, one per language", async () => {
    for (const [vi, en] of [
      [await calls.scorecard("vi", "an-giang"), await calls.scorecard("en", "an-giang")],
      [await calls.scorecard("vi", "hau-giang"), await calls.scorecard("en", "hau-giang")],
      [await calls.indicator("vi", "SOC_SMARTPHONE"), await calls.indicator("en", "SOC_SMARTPHONE")],
      [await calls.indicator("vi", "SOC_SMARTPHONE", "?p=hau-giang"), await calls.indicator("en", "SOC_SMARTPHONE", "?p=hau-giang")],
      [await calls.report("vi", "an-giang", "2024"), await calls.report("en", "an-giang", "2024")],
    ] as const) {
      expect((await png(vi)).equals(await png(en))).toBe(false);
    }
  });

  it("is 404 where there is no such page", async () => {
    expect((await calls.scorecard("vi", "nowhere")).status).toBe(404);
    expect((await calls.indicator("vi", "NO_SUCH_CODE")).status).toBe(404);
    expect((await calls.report("vi", "an-giang", "2024-Q5")).status).toBe(404);
    expect((await calls.report("vi", "an-giang", "2099")).status).toBe(404);
  });

  it("says no data where a unit has no figure, never 0", async () => {
    const t = i18nFor("vi");
    const view = await published.indicatorView("SOC_SMARTPHONE", { p: "bac-giang" });
    const card = indicatorCard(view!, t);
    expect(card.figures).toEqual([{ label: "Bắc Giang", value: null, period: null, source: null }]);
    expect(card.chart).toBeNull();
    expect(shareImageSvg(card)).toContain(">Chưa có số liệu<");
    const empty = scorecardCard((await published.scorecard("bac-giang"))!, i18nFor("en"));
    expect(empty.chart).toBeNull();
    expect(shareImageSvg(empty)).toContain(">No data yet<");
  });

  describe("an approved figure not yet published", () => {
    // After every published figure of the old An Giang (2024) and before it merged away (2025-06-30).
    const PERIOD = "2025-Q1";
    const created: { reports: number[]; observations: number[] } = { reports: [], observations: [] };

    beforeAll(async () => {
      const provinceId = await provinceIdOf("an-giang");
      const sourceId = await sourceIdOf("baomoi-net-an-giang-digital-era");
      expect(await db.report.findUnique({ where: { provinceId_period: { provinceId, period: PERIOD } } })).toBeNull();
      created.reports.push((await db.report.create({ data: { provinceId, period: PERIOD, status: "APPROVED" } })).id);
      // The headline indicator the images show, and the one before it that would take its place if this leaked.
      for (const code of ["ECON_DE_SHARE_GRDP", "GOV_L4_SERVICES_SHARE"]) {
        const observation = await db.observation.create({
          data: { provinceId, indicatorId: await indicatorIdOf(code), period: PERIOD, periodEnd: periodEnd(parsePeriod(PERIOD)!), value: 9.87, sourceId },
        });
        created.observations.push(observation.id);
      }
    });

    afterAll(async () => {
      await db.observation.deleteMany({ where: { id: { in: created.observations } } });
      await db.report.deleteMany({ where: { id: { in: created.reports } } });
    });

    const drawn = async () => {
      const t = i18nFor("vi");
      const [scorecard, view, report] = await Promise.all([
        published.scorecard("an-giang"),
        published.indicatorView("ECON_DE_SHARE_GRDP", { p: "an-giang" }),
        published.report("an-giang", "2025-Q2"),
      ]);
      return [scorecardCard(scorecard!, t), indicatorCard(view!, t), reportCard(report!, t)].map(shareImageSvg);
    };

    it("is in no share image; the published figure before it is", async () => {
      for (const svg of await drawn()) {
        expect(svg).not.toContain("9,87");
        expect(svg).toContain("5,99%");
      }
    });

    it("is in every share image once it is published", async () => {
      await db.report.update({ where: { id: created.reports[0]! }, data: { status: "PUBLISHED" } });
      for (const svg of await drawn()) expect(svg).toContain("9,87%");
    });
  });
});
