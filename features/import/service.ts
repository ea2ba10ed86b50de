import "server-only";
// Spreadsheet import for one unit: a template to fill in, a dry run that
// plans every row, and a confirmation that stores the plan in one
// transaction through the same writes as the entry form — or nothing.
import ExcelJS from "exceljs";
import { recordRefusal } from "@/lib/server/audit";
import type { Actor } from "@/lib/security/authorization";
import { toCsv } from "@/lib/domain/csv";
import { db } from "@/lib/server/db";
import type { EntryValue } from "@/features/entry/schema";
import { parsePeriod } from "@/lib/domain/period";
import { recordRollback, rollbackOutcome, saveFiguresOfPeriods, type Conflict } from "@/features/entry/service";
import { writeTransaction } from "@/lib/server/transaction";
import { vi as m } from "@/lib/i18n/messages";
import { isEditable, type ReportStatus } from "@/lib/domain/workflow";
import { figureKey, findHeader, HEADERS, periodsNamed, plan, planFingerprint, type Column, type FileProblem, type Plan, type PlanContext } from "./plan";
import { readSpreadsheet } from "./read";

export interface ImportUnit {
  id: number;
  slug: string;
  nameVi: string;
  validFrom: Date | null;
  validTo: Date | null;
}

export type CheckOutcome = { kind: "file"; problem: FileProblem; missing?: Column[] } | { kind: "plan"; plan: Plan; fingerprint: string };

export type ConfirmOutcome =
  | CheckOutcome
  | { kind: "stored"; plan: Plan; written: number }
  /** The file now says something other than what the dry run showed. */
  | { kind: "changedFile" }
  | { kind: "conflict"; conflicts: Array<{ row: number; code: string; period: string; theirs: Conflict }> }
  | { kind: "locked" };

async function planFile(unit: ImportUnit, file: { name: string; bytes: Uint8Array }, defaultSource: string | null): Promise<CheckOutcome> {
  const read = await readSpreadsheet(file.name, file.bytes);
  if ("problem" in read) return { kind: "file", problem: read.problem };
  const header = findHeader(read.grid);
  if ("problem" in header) return { kind: "file", problem: header.problem, missing: header.missing };
  const periods = periodsNamed(read.grid, header);
  const [indicators, stored, reports] = await Promise.all([
    db.indicator.findMany({ select: { id: true, code: true, nameVi: true, unit: true, minValue: true, maxValue: true } }),
    db.observation.findMany({
      where: { provinceId: unit.id, period: { in: periods } },
      select: { indicatorId: true, period: true, value: true, note: true, version: true, source: { select: { title: true } } },
    }),
    db.report.findMany({ where: { provinceId: unit.id, period: { in: periods } }, select: { period: true, status: true } }),
  ]);
  const context: PlanContext = {
    unit,
    indicators: new Map(indicators.map((i) => [i.code, i])),
    stored: new Map(stored.map((o) => [figureKey(o.indicatorId, o.period), { value: o.value, source: o.source.title, note: o.note, version: o.version }])),
    lockedReports: new Map(reports.filter((r) => !isEditable(r.status as ReportStatus)).map((r) => [r.period, r.status])),
    defaultSource,
    now: new Date(),
  };
  const planned = plan(read.grid, header, context);
  if (planned.rows.length === 0) return { kind: "file", problem: "NO_ROWS" };
  return { kind: "plan", plan: planned, fingerprint: planFingerprint(planned) };
}

/** The dry run: nothing is written. */
export function checkImport(unit: ImportUnit, file: { name: string; bytes: Uint8Array }, defaultSource: string | null): Promise<CheckOutcome> {
  return planFile(unit, file, defaultSource);
}

/**
 * Stores what the dry run showed. The file is read and checked again; it
 * must say the same thing (`fingerprint`), and every figure must still be at
 * the version the dry run saw (`expected`), or nothing is stored.
 */
export async function confirmImport(
  actor: Actor,
  unit: ImportUnit,
  file: { name: string; bytes: Uint8Array },
  defaultSource: string | null,
  seen: { fingerprint: string; expected: ReadonlyMap<string, number> },
): Promise<ConfirmOutcome> {
  const checked = await planFile(unit, file, defaultSource);
  if (checked.kind === "file" || checked.plan.counts.error > 0) return checked;
  if (checked.fingerprint !== seen.fingerprint) return { kind: "changedFile" };

  // What the file changes now, each at the version the dry run saw. A figure the dry run did not list
  // as new or changed but that differs now was changed by someone else in between: a conflict.
  const writes = checked.plan.rows.filter((r) => r.status === "new" || r.status === "changed");
  const unseen = writes.filter((r) => !seen.expected.has(figureKey(r.indicatorId!, r.period)));
  if (unseen.length > 0) {
    await recordRefusal(actor, "observation.conflict", `import ${file.name}: rows ${unseen.map((r) => r.row).join(", ")}`.slice(0, 500), { provinceId: unit.id });
    return {
      kind: "conflict",
      conflicts: unseen.map((r) => ({ row: r.row, code: r.code, period: r.period, theirs: { value: r.old?.value ?? null, source: r.old?.source ?? null, version: r.version, by: null } })),
    };
  }
  if (writes.length === 0) return { kind: "stored", plan: checked.plan, written: 0 };
  const byPeriod = new Map<string, EntryValue[]>();
  for (const row of writes) {
    const values = byPeriod.get(row.period) ?? [];
    values.push({ indicatorId: row.indicatorId!, value: row.value, source: row.source, note: row.note, version: seen.expected.get(figureKey(row.indicatorId!, row.period))! });
    byPeriod.set(row.period, values);
  }

  try {
    await writeTransaction(
      async (tx) => {
        // One batch for every period: throws on a conflict or a locked report, which rolls back the whole file.
        await saveFiguresOfPeriods(actor, unit.id, [...byPeriod].map(([code, values]) => ({ period: parsePeriod(code)!, values })), tx);
        await tx.auditEvent.create({
          data: {
            action: "report.import",
            actorId: actor.id,
            provinceId: unit.id,
            reason: `${file.name}: ${writes.length} (${[...byPeriod.keys()].join(", ")})`.slice(0, 1000),
          },
        });
      },
      { timeout: 180_000, maxWait: 10_000 },
    );
  } catch (error) {
    const rolledBack = rollbackOutcome(error);
    if (!rolledBack) throw error;
    await recordRollback(actor, rolledBack, unit.id, rolledBack.period);
    if (rolledBack.kind === "locked") return { kind: "locked" };
    const conflicts = writes
      .filter((row) => row.period === rolledBack.period && rolledBack.conflicts[row.indicatorId!])
      .map((row) => ({ row: row.row, code: row.code, period: row.period, theirs: rolledBack.conflicts[row.indicatorId!]! }));
    return { kind: "conflict", conflicts };
  }
  return { kind: "stored", plan: checked.plan, written: writes.length };
}

// ——— Templates ———

/** One row per indicator for the unit and period, with what is stored now. */
async function templateRows(unit: ImportUnit, period: string) {
  const [indicators, stored] = await Promise.all([
    db.indicator.findMany({
      select: { id: true, code: true, nameVi: true, unit: true, periodicity: true },
      orderBy: [{ pillar: { sortOrder: "asc" } }, { sortOrder: "asc" }],
    }),
    db.observation.findMany({ where: { provinceId: unit.id, period }, select: { indicatorId: true, value: true, note: true, source: { select: { title: true } } } }),
  ]);
  const byIndicator = new Map(stored.map((o) => [o.indicatorId, o]));
  return indicators.map((i) => ({ indicator: i, figure: byIndicator.get(i.id) ?? null }));
}

// The template is for staff, in Vietnamese.
const MEASURE = m.units;
const ORDER: readonly Column[] = ["unit", "code", "name", "measure", "period", "value", "source", "note"];

export async function templateXlsx(unit: ImportUnit, period: string): Promise<Uint8Array> {
  const rows = await templateRows(unit, period);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(m.import.template.sheet, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = ORDER.map((column) => ({ header: HEADERS[column][0], key: column, width: column === "name" || column === "source" ? 48 : column === "code" ? 28 : 14 }));
  sheet.getRow(1).font = { bold: true };
  for (const { indicator, figure } of rows) {
    sheet.addRow({
      unit: unit.slug,
      code: indicator.code,
      name: indicator.nameVi,
      measure: MEASURE[indicator.unit],
      period,
      value: figure?.value ?? null,
      source: figure?.source.title ?? null,
      note: figure?.note ?? null,
    });
  }
  // Periods are codes such as 2025-Q3: kept as text so no spreadsheet turns them into dates.
  sheet.getColumn("period").numFmt = "@";
  const guide = workbook.addWorksheet(m.import.template.guideSheet);
  for (const line of m.import.template.guide) guide.addRow([line]);
  guide.getColumn(1).width = 120;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export async function templateCsv(unit: ImportUnit, period: string): Promise<string> {
  const rows = await templateRows(unit, period);
  // The open data's writer (lib/domain/csv.ts): text a spreadsheet would run as a formula is escaped with an
  // apostrophe, which the import takes off again; every cell is text, so a value keeps its decimal comma.
  return toCsv(
    ORDER.map((c) => HEADERS[c][0]!),
    rows.map(({ indicator, figure }) => [
      unit.slug,
      indicator.code,
      indicator.nameVi,
      MEASURE[indicator.unit],
      period,
      // A decimal comma, as Vietnamese writes it; counts without grouping, so nothing is ambiguous.
      figure ? String(figure.value).replace(".", ",") : "",
      figure?.source.title ?? "",
      figure?.note ?? "",
    ]),
  );
}
