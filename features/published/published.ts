import "server-only";
// The one read path for published data: every public page, download and
// open-data file reads through `published`, out of Next's data cache. The
// cache is emptied the moment published data changes (lib/server/published-changed.ts)
// and re-read at most every PUBLISHED_REFRESH_SECONDS otherwise, which also
// keeps "today" in progress statuses current. The readers underneath stay
// plain functions, so tests and scripts can call them outside a request.
//
// A cache entry is keyed by its arguments, so arguments taken from a URL are
// first reduced to what exists: a stranger inventing query strings gets the
// entry for what they would see anyway, not a new one each time.
import { unstable_cache } from "next/cache";
import { decodeCacheable, encodeCacheable } from "@/lib/server/cacheable";
import type { ApiQuery, Known } from "@/features/open-data/query";
import type { Resource } from "@/features/open-data/schema";
import { parseCompareParams, unitParams, type CompareParams, type SearchInput } from "@/features/public-pages/compare-params";
import { apiReaders } from "@/features/open-data/api-reads";
import { getComparison } from "@/features/public-pages/compare";
import { findIndicatorTitle, getIndicatorView, listIndicatorCatalog } from "@/features/public-pages/indicators";
import { listDtiResults, listSourceUses, openDataCatalog, openDataFile, openDataFileOf } from "@/features/open-data/files";
import { getOverview } from "@/features/public-pages/overview";
import { getProgressReport, reportPeriod } from "@/features/progress-report/reads";
import { listPillars, listReportingProvinces } from "@/features/published/provinces";
import { getScorecard } from "@/features/public-pages/scorecard";
import { listUnits } from "@/features/published/units";
import { lastPublishedChange } from "@/features/published/last-change";
import { sitemapPages } from "@/features/public-pages/sitemap";
import { PUBLISHED_REFRESH_SECONDS, PUBLISHED_TAG } from "@/lib/server/published-changed";

function cachedRead<Args extends unknown[], Result>(name: string, read: (...args: Args) => Promise<Result>): (...args: Args) => Promise<Result> {
  const cached = unstable_cache(async (...args: Args) => encodeCacheable(await read(...args)), ["published", name], {
    tags: [PUBLISHED_TAG],
    revalidate: PUBLISHED_REFRESH_SECONDS,
  });
  return async (...args) => decodeCacheable(await cached(...args)) as Result;
}

const overview = cachedRead("overview", () => getOverview());
const report = cachedRead("progress-report", (slug: string, period: string) => getProgressReport(slug, period, { withApproved: false }));
const scorecard = cachedRead("scorecard", (slug: string) => getScorecard(slug));
const comparison = cachedRead("comparison", (slugs: readonly string[], pillar: string) => getComparison(slugs, pillar));
const indicatorCatalog = cachedRead("indicator-catalog", () => listIndicatorCatalog());
const indicatorTitle = cachedRead("indicator-title", (code: string) => findIndicatorTitle(code));
const indicatorView = cachedRead("indicator-view", (code: string, units: readonly string[]) => getIndicatorView(code, units));
const dtiResults = cachedRead("dti-results", () => listDtiResults());
const dataCatalog = cachedRead("open-data-catalog", () => openDataCatalog());
const sourceUses = cachedRead("source-uses", () => listSourceUses());
const reportingProvinces = cachedRead("reporting-provinces", () => listReportingProvinces());
const pillars = cachedRead("pillars", () => listPillars());
const unitSlugs = cachedRead("unit-slugs", async () => (await listUnits()).map((u) => u.slug));
const sitemap = cachedRead("sitemap", () => sitemapPages());
const lastChange = cachedRead("last-change", () => lastPublishedChange());
const indicatorCodes = cachedRead("indicator-codes", async () => (await listIndicatorCatalog()).flatMap((p) => p.indicators.map((i) => i.code)));

async function knownIndicator(code: string) {
  return (await indicatorCodes()).includes(code);
}

export const published = {
  overview,
  scorecard: async (slug: string) => ((await unitSlugs()).includes(slug) ? scorecard(slug) : null),
  /** A unit's public progress report for a period (published figures only); the period is checked and written one way before the cache is asked. */
  async report(slug: string, periodCode: string) {
    const period = reportPeriod(periodCode);
    return period && (await unitSlugs()).includes(slug) ? report(slug, period.code) : null;
  },
  reportingProvinces,
  pillars,
  /** The comparison's choice from a URL's `p` and `pillar`, checked against the units and pillars that exist. */
  async compareParams(search: SearchInput): Promise<CompareParams> {
    const [provinces, pillarList] = await Promise.all([reportingProvinces(), pillars()]);
    return parseCompareParams(search, { provinces: provinces.map((p) => p.slug), pillars: pillarList.map((p) => p.code) });
  },
  /** Takes what `compareParams` returned. */
  comparison: (params: CompareParams) => comparison(params.provinces, params.pillar),
  indicatorCatalog,
  indicatorTitle: async (code: string) => ((await knownIndicator(code)) ? indicatorTitle(code) : null),
  /** The indicator with the units a URL's `p` names; those that do not exist are left out before the cache is asked (they are ignored anyway). */
  async indicatorView(code: string, search: SearchInput) {
    if (!(await knownIndicator(code))) return null;
    const slugs = await unitSlugs();
    return indicatorView(code, unitParams(search).filter((s) => slugs.includes(s)));
  },
  dtiResults,
  /** Every public page with the day its published data last changed, for /sitemap.xml. */
  sitemap,
  dataCatalog,
  sourceUses,
  /** Read straight through: a whole file can be larger than a data-cache entry; the app's response cache keeps it. */
  openDataFile: (file: string) => {
    const named = openDataFileOf(file);
    return named ? openDataFile(named.dataset, named.format).then((body) => ({ ...named, body })) : null;
  },
  /** What the API's filters are checked against: the cached lists of units, indicators and pillars. */
  async apiKnown(): Promise<Known> {
    const [units, indicators, pillarList] = await Promise.all([unitSlugs(), indicatorCodes(), pillars()]);
    return { units, indicators, pillars: pillarList.map((p) => p.code) };
  },
  /** When what the public sees last changed: the Last-Modified of every public download. */
  lastChange,
  /** The open-data API: read straight through, its filters and pages are too many to keep; the response cache keeps the answers. */
  api: (resource: Resource, query: ApiQuery) => apiReaders[resource](query),
};
