// People saving at the same moment, each creating rows the others create too:
// a report's first draft, a source typed for the first time, a figure entered
// for the first time. On PostgreSQL the transactions really run side by side
// (SQLite has one writer at a time), so there the loser of such a race must be
// run again, not fail. Periods: An Giang 2016-Q1 and 2016-Q2.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const isolated = await vi.hoisted(async () => {
  const { isolateDatabase } = await import("./isolated-db");
  return isolateDatabase("concurrent-saves");
});

import { db } from "@/lib/server/db";
import { parsePeriod } from "@/lib/domain/period";
import { saveFigures } from "@/features/entry/service";
import type { Actor } from "@/lib/security/authorization";
import { makeUser } from "./action-fixtures";
import { provinceIdOf } from "./helpers";
import { closeSnapshot, expectSnapshotInUse } from "./isolated-db";

const WRITERS = 6;
let anGiang: number;
let indicators: number[];
let writers: Actor[];

beforeAll(async () => {
  await expectSnapshotInUse(isolated, db);
  anGiang = await provinceIdOf("an-giang");
  indicators = (await db.indicator.findMany({ where: { unit: "PERCENT" }, select: { id: true }, orderBy: { id: "asc" }, take: WRITERS })).map((i) => i.id);
  writers = await Promise.all(
    Array.from({ length: WRITERS }, (_, i) =>
      makeUser({ email: `it-concurrent-${i}@test.vn`, name: `Cán bộ ${i + 1}`, role: "STAFF", province: "an-giang" }).then((u) => ({ id: u.id, role: u.role, provinceId: u.provinceId })),
    ),
  );
});

afterAll(async () => {
  await closeSnapshot(isolated, db);
});

describe("saving at the same moment", () => {
  it("gives everyone their figure in one new report, citing one new source", async () => {
    const period = parsePeriod("2016-Q1")!;
    const source = "Báo cáo nhanh quý I/2016 của Sở (lưu đồng thời)";
    const outcomes = await Promise.all(
      writers.map((actor, i) => saveFigures(actor, { provinceId: anGiang, period, values: [{ indicatorId: indicators[i]!, value: 40 + i, source, note: null, version: 0 }] })),
    );
    expect(outcomes.map((o) => o.kind)).toEqual(writers.map(() => "saved"));

    const reports = await db.report.findMany({ where: { provinceId: anGiang, period: period.code }, select: { id: true } });
    expect(reports).toHaveLength(1);
    const figures = await db.observation.findMany({ where: { provinceId: anGiang, period: period.code }, select: { indicatorId: true, value: true, sourceId: true }, orderBy: { indicatorId: "asc" } });
    expect(figures.map((f) => f.value)).toEqual(indicators.map((id) => 40 + indicators.indexOf(id)));
    expect(new Set(figures.map((f) => f.sourceId)).size).toBe(1);
    expect(await db.source.count({ where: { title: source } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "report.create", provinceId: anGiang, period: period.code } })).toBe(1);
  });

  it("keeps the first figure entered and tells everyone else who entered it meanwhile", async () => {
    const period = parsePeriod("2016-Q2")!;
    const outcomes = await Promise.all(
      writers.map((actor, i) => saveFigures(actor, { provinceId: anGiang, period, values: [{ indicatorId: indicators[0]!, value: 50 + i, source: `Nguồn của người thứ ${i + 1}`, note: null, version: 0 }] })),
    );
    const saved = outcomes.flatMap((o, i) => (o.kind === "saved" ? [i] : []));
    expect(saved).toHaveLength(1);
    const figure = await db.observation.findUniqueOrThrow({
      where: { provinceId_indicatorId_period: { provinceId: anGiang, indicatorId: indicators[0]!, period: period.code } },
      select: { value: true, version: true, source: { select: { title: true } } },
    });
    expect(figure).toEqual({ value: 50 + saved[0]!, version: 1, source: { title: `Nguồn của người thứ ${saved[0]! + 1}` } });
    for (const outcome of outcomes.filter((o) => o.kind !== "saved")) {
      expect(outcome).toEqual({ kind: "conflict", conflicts: { [indicators[0]!]: { value: figure.value, source: figure.source.title, version: 1, by: `Cán bộ ${saved[0]! + 1}` } } });
    }
    // The sources of the figures refused were never stored.
    expect(await db.source.count({ where: { title: { startsWith: "Nguồn của người thứ" } } })).toBe(1);
  });
});
