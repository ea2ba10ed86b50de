// What the app says agrees with itself over every seeded unit and indicator:
// the overview, the scorecard and the progress report count the same
// indicators in the same groups, and no change is printed as exact from a
// figure that is a range or stands at a day before its period ends.
import { describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ unstable_cache: (read: unknown) => read, revalidateTag: vi.fn(), revalidatePath: vi.fn() }));

import mammoth from "mammoth";
import { changeText } from "@/features/progress-report/words";
import { countBuckets } from "@/lib/domain/assessment";
import { changeBetween } from "@/lib/domain/change";
import { db } from "@/lib/server/db";
import { getOverview } from "@/features/public-pages/overview";
import { listReportingProvinces } from "@/features/published/provinces";
import { getScorecard } from "@/features/public-pages/scorecard";
import { i18nFor } from "@/lib/i18n/i18n";
import { getProgressReport } from "@/features/progress-report/reads";
import { reportDocx } from "@/features/progress-report/docx";
import { reportFacts } from "@/features/progress-report/facts";

const LANGUAGES = [i18nFor("vi"), i18nFor("en")];
/** A change that opens with a signed amount claims it exactly: "−0,77 điểm %", "+441", "−40 (…)". */
const EXACT_AMOUNT = /^[+−-]?\d/;

describe("one set of counts", () => {
  it("the overview, each scorecard and its progress report put every indicator in the same group", async () => {
    const overview = await getOverview();
    const units = await listReportingProvinces();
    let compared = 0;
    for (const { slug } of units) {
      const scorecard = (await getScorecard(slug))!;
      const facts = reportFacts({ asOf: scorecard.asOf, pillars: scorecard.pillars, dti: [] });
      const featured = overview.featured.find((f) => f.province.slug === slug);
      const summary = overview.others.find((o) => o.province.slug === slug);
      for (const [i, pillar] of facts.pillars.entries()) {
        const counts = countBuckets(scorecard.pillars[i]!.rows.map((r) => r.assessment.bucket));
        // The report splits "behind" in two; together they are the overview's group.
        const { ACHIEVED, ON_TRACK, ACCELERATION_NEEDED, OFF_TRACK, UNASSESSED, NO_DATA } = pillar.counts;
        expect({ ACHIEVED, ON_TRACK, OFF_TRACK: OFF_TRACK + ACCELERATION_NEEDED, UNASSESSED, NO_DATA }, `${slug} ${pillar.code}`).toEqual(counts);
        if (featured) expect(featured.pillarCounts[i]!.counts, `${slug} ${pillar.code} on the overview`).toEqual(counts);
        compared++;
      }
      if (summary) expect(summary.counts, `${slug} on the overview`).toEqual(countBuckets(scorecard.pillars.flatMap((p) => p.rows.map((r) => r.assessment.bucket))));
    }
    expect(compared).toBeGreaterThan(10);
  });
});

describe("changes", () => {
  it("are never printed as exact between figures where either is a range or a to-date figure, in either language", async () => {
    const units = await listReportingProvinces();
    let approximate = 0;
    for (const { slug } of units) {
      const scorecard = (await getScorecard(slug))!;
      const facts = reportFacts({ asOf: scorecard.asOf, pillars: scorecard.pillars, dti: [] });
      for (const row of facts.pillars.flatMap((p) => p.rows)) {
        if (!row.previous || !row.latest) continue;
        const pair = [row.previous, row.latest];
        const range = pair.some((f) => f.qualifier !== "EXACT");
        const toDate = pair.some((f) => f.asOf);
        if (!range && !toDate) continue;
        approximate++;
        for (const t of LANGUAGES) {
          // The report's column and the overview's line ("… so với năm 2024") are both built from the change.
          for (const text of [changeText(row, t), t.change(changeBetween(row.previous, row.latest), row.indicator.unit)]) {
            if (range) expect(text, `${slug} ${row.indicator.code}`).not.toMatch(EXACT_AMOUNT);
            if (toDate) expect(text, `${slug} ${row.indicator.code}`).toContain(t.m.common.change.partial);
          }
        }
      }
    }
    expect(approximate).toBeGreaterThan(0);
  });
});

describe("the Word file", () => {
  it("says what the page says of a range, a to-date figure and a verdict resting on a successor's figure, in both languages", async () => {
    for (const t of LANGUAGES) {
      const before = await getProgressReport("an-giang", "2025-Q2", { withApproved: false });
      const text = (await mammoth.extractRawText({ buffer: await reportDocx(before!, t, { internal: false }) })).value;
      // "hơn 99 %" after 99,77 %: no exact fall of 0,77.
      expect(text).toContain(t.m.common.change.unknown);
      expect(text).not.toMatch(/[−-]0[,.]77/);
      const after = await getProgressReport("an-giang", "2025", { withApproved: false });
      const year = (await mammoth.extractRawText({ buffer: await reportDocx(after!, t, { internal: false }) })).value;
      // The 2025 verdict on the merged province's ten-month figure names both.
      expect(year).toContain(t.m.report.verdictBasis(`${t.figure({ value: 100, qualifier: "EXACT" }, "PERCENT")} (${t.periodOf({ period: "2025-Q4", asOf: new Date("2025-10-31T00:00:00Z") })})`, t.name(await db.province.findUniqueOrThrow({ where: { slug: "an-giang-2025" } }))));
    }
  });
});
