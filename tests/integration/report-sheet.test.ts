// The review sheet's verdict against the seeded database: each figure is
// judged as the progress report of the same period judges it (every seeded
// report is published, so both read the same figures), and a figure that is
// missing gets no verdict.
import { describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ unstable_cache: (read: unknown) => read, revalidateTag: vi.fn(), revalidatePath: vi.fn() }));

import type { Actor } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";
import { getReportSheet } from "@/features/entry/reads";
import { getProgressReport } from "@/features/progress-report/reads";

const admin: Actor = { id: 0, role: "ADMIN", provinceId: null };

describe("review sheet verdicts", () => {
  it("judge each figure as the progress report of its period does, and give a missing figure none", async () => {
    const reports = await db.report.findMany({ where: { status: "PUBLISHED" }, select: { period: true, province: { select: { slug: true } } }, orderBy: { id: "asc" }, take: 40 });
    let compared = 0;
    let missing = 0;
    for (const { period, province } of reports) {
      const [sheet, report] = await Promise.all([getReportSheet(admin, province.slug, period), getProgressReport(province.slug, period, { withApproved: false })]);
      const reportRows = new Map(report!.facts.pillars.flatMap((p) => p.rows).map((r) => [r.indicator.code, r]));
      for (const row of sheet!.pillars.flatMap((p) => p.rows)) {
        if (row.current === null) {
          expect(row.verdict).toEqual({ kind: "NO_FIGURE" });
          missing++;
          continue;
        }
        const other = reportRows.get(row.indicator.code)!;
        const sameFigure = other.latest?.period === period && other.evidence?.whose !== "SUCCESSOR";
        if (!sameFigure || row.verdict.kind !== "JUDGED" || row.verdict.year !== (other.target?.year ?? null)) continue;
        expect({ code: row.indicator.code, period, status: row.verdict.progress.status, reason: row.verdict.progress.reason }).toEqual({
          code: row.indicator.code,
          period,
          status: other.status,
          reason: other.reason,
        });
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
    expect(missing).toBeGreaterThan(0);
  });
});
