// Spreadsheet import through its route handler against the real database:
// who may import, a 5,000-row round trip, and every way it must store
// nothing — a bad row, a failure half-way through the transaction, a figure
// someone else changed between the dry run and the confirmation.
import { describe, it, expect, vi, beforeAll, afterAll } from "vitest";

const isolated = await vi.hoisted(async () => {
  const { isolateDatabase } = await import("./isolated-db");
  return isolateDatabase("import");
});

vi.mock("@/lib/server/session", () => ({ getCurrentUser: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn(), revalidateTag: vi.fn() }));
vi.mock("next/navigation", async () => (await import("./redirect-signal")).navigationMock());

import ExcelJS from "exceljs";
import { POST } from "@/app/[locale]/work/import/upload/route";
import { GET as template } from "@/app/[locale]/work/import/template/route";
import { db } from "@/lib/server/db";
import type { Plan } from "@/features/import/plan";
import { parsePeriod } from "@/lib/domain/period";
import { saveFigures } from "@/features/entry/service";
import type { SignedInUser } from "@/lib/server/session";
import { actAs, auditSince, expectOnlyRefusals, lastAuditId, makeUser, rowCounts } from "./action-fixtures";
import { provinceIdOf } from "./helpers";
import { closeSnapshot, expectSnapshotInUse } from "./isolated-db";
import { uploadBody } from "@/features/import/codec";
import { emptyRows, workbook } from "../support/workbook";

const HEADER = ["Mã đơn vị", "Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Kỳ báo cáo", "Giá trị", "Nguồn", "Ghi chú"];

let anGiang: number; // the unit before the merger: reports up to 2025-Q2
let anGiang2025: number;
let staff: SignedInUser;
let colleague: SignedInUser;
let indicators: { id: number; code: string; unit: string; periodicity: string }[];

beforeAll(async () => {
  await expectSnapshotInUse(isolated, db);
  [anGiang, anGiang2025] = await Promise.all([provinceIdOf("an-giang"), provinceIdOf("an-giang-2025")]);
  staff = await makeUser({ email: "it-import-staff@test.vn", name: "Cán bộ nhập", role: "STAFF", province: "an-giang" });
  colleague = await makeUser({ email: "it-import-colleague@test.vn", name: "Cán bộ khác", role: "STAFF", province: "an-giang" });
  indicators = await db.indicator.findMany({ select: { id: true, code: true, unit: true, periodicity: true }, orderBy: { id: "asc" } });
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

afterAll(async () => {
  await closeSnapshot(isolated, db);
});

/** A plausible figure for an indicator: within its unit's range, different per row. */
function figure(unit: string, n: number): number {
  if (unit === "PERCENT" || unit === "POINTS") return (n % 97) + 0.5;
  if (unit === "SCORE") return ((n % 90) + 5) / 100;
  if (unit === "RANK") return (n % 63) + 1;
  return n * 3;
}

async function xlsx(rows: (string | number | null)[][]): Promise<File> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Số liệu");
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return new File([await workbook.xlsx.writeBuffer()], "so-lieu.xlsx");
}

/** A multipart request as a browser sends it: with its length stated. */
async function asBrowserSends(body: FormData, headers: Record<string, string> = {}) {
  const draft = new Request("http://localhost/work/import/upload", { method: "POST", body });
  const bytes = await draft.arrayBuffer();
  return new Request("http://localhost/work/import/upload", {
    method: "POST",
    body: bytes,
    headers: { host: "localhost", "content-type": draft.headers.get("content-type")!, "content-length": String(bytes.byteLength), ...headers },
  });
}

async function upload(mode: "check" | "confirm", unitId: number, file: File, seen?: { plan: Plan; fingerprint: string }) {
  // Posted as the import panel posts it.
  const body = uploadBody({ mode, unitId, file, defaultSource: "Báo cáo của Sở", checked: seen ?? null });
  const response = await POST(await asBrowserSends(body));
  return { status: response.status, body: (await response.json()) as { kind: string; plan: Plan; fingerprint: string; written?: number; problem?: string; conflicts?: { row: number }[] } };
}

/**
 * Runs `body` while the database itself refuses any figure of 42.42 (a
 * trigger, as a failing disk or constraint would), then removes the trigger.
 */
async function refusingByDatabase(name: string, body: () => Promise<void>) {
  const postgres = /^postgres/.test(process.env.DATABASE_URL ?? "");
  if (postgres) {
    await db.$executeRawUnsafe(
      `CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN IF NEW.value = 42.42 THEN RAISE EXCEPTION 'refused by test'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
    );
    await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "Observation" FOR EACH ROW EXECUTE FUNCTION ${name}()`);
  } else {
    await db.$executeRawUnsafe(`CREATE TRIGGER ${name} BEFORE INSERT ON "Observation" WHEN NEW.value = 42.42 BEGIN SELECT RAISE(ABORT, 'refused by test'); END`);
  }
  try {
    await body();
  } finally {
    await db.$executeRawUnsafe(postgres ? `DROP TRIGGER ${name} ON "Observation"` : `DROP TRIGGER ${name}`);
    if (postgres) await db.$executeRawUnsafe(`DROP FUNCTION ${name}()`);
  }
}

describe("who may import", () => {
  it("is refused to staff of another unit, officials and the public, each recorded, and allowed to the unit's staff and an admin", async () => {
    const official = await makeUser({ email: "it-import-official@test.vn", name: "Lãnh đạo", role: "OFFICIAL", province: "an-giang" });
    const otherStaff = await makeUser({ email: "it-import-other@test.vn", name: "Cán bộ Cần Thơ", role: "STAFF", province: "can-tho-2025" });
    const admin = await makeUser({ email: "it-import-admin@test.vn", name: "Quản trị", role: "ADMIN", province: null });
    const file = await xlsx([["an-giang", indicators[0]!.code, "", "", "2019-Q1", figure(indicators[0]!.unit, 1), "Sở", ""]]);
    for (const mode of ["check", "confirm"] as const) {
      for (const who of [otherStaff, official, null]) {
        actAs(who);
        const before = await rowCounts();
        const since = await lastAuditId();
        expect((await upload(mode, anGiang, file)).status).toBe(403);
        // Staff of another unit are refused for the unit they named; the others before their file is even read.
        expect(await auditSince(since)).toMatchObject([{ action: "access.denied", actorId: who?.id ?? null, provinceId: who === otherStaff ? anGiang : null, reason: "report.edit" }]);
        expect(await rowCounts()).toEqual({ ...before, auditEvents: before.auditEvents + 1 });
      }
    }
    for (const who of [staff, admin]) {
      actAs(who);
      expect((await upload("check", anGiang, file)).body).toMatchObject({ kind: "plan", plan: { counts: { new: 1 } } });
    }
    actAs(staff);
    expect((await upload("check", anGiang2025, file)).status).toBe(403);
  });
});

describe("the request itself", () => {
  it("is refused from a foreign origin, and without a stated length, before anything is read or stored", async () => {
    actAs(staff);
    const file = await xlsx([["an-giang", indicators[0]!.code, null, null, "1994-Q1", figure(indicators[0]!.unit, 1), null, null]]);
    const body = () => {
      const data = new FormData();
      data.set("mode", "check");
      data.set("unitId", String(anGiang));
      data.set("file", file);
      return data;
    };
    const before = await rowCounts();
    expect((await POST(await asBrowserSends(body(), { origin: "https://evil.example" }))).status).toBe(403);
    expect((await POST(await asBrowserSends(body(), { "sec-fetch-site": "cross-site" }))).status).toBe(403);
    expect((await POST(new Request("http://localhost/work/import/upload", { method: "POST", body: body() }))).status).toBe(411);
    expect(await rowCounts()).toEqual(before);
    expect((await POST(await asBrowserSends(body(), { origin: "http://localhost" }))).status).toBe(200);
    // The address the person opened decides, not the configured one: the app opened at 127.0.0.1 uploads too.
    expect((await POST(await asBrowserSends(body(), { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" }))).status).toBe(200);
    expect((await POST(await asBrowserSends(body(), { host: "127.0.0.1:3000", origin: "http://localhost:3000" }))).status).toBe(403);
  });
});

describe("the template", () => {
  it("is given to the unit's staff and an admin, and is not found for anyone else", async () => {
    const url = "http://localhost/work/import/template?unit=an-giang&period=2019-Q2&format=csv";
    const otherStaff = await makeUser({ email: "it-import-tpl-other@test.vn", name: "Cán bộ khác tỉnh", role: "STAFF", province: "can-tho-2025" });
    const official = await makeUser({ email: "it-import-tpl-official@test.vn", name: "Lãnh đạo", role: "OFFICIAL", province: "an-giang" });
    for (const who of [otherStaff, official, null]) {
      actAs(who);
      expect((await template(new Request(url))).status).toBe(404);
    }
    const admin = await makeUser({ email: "it-import-tpl-admin@test.vn", name: "Quản trị", role: "ADMIN", province: null });
    actAs(admin);
    expect((await template(new Request(url))).status).toBe(200);
    actAs(staff);
    const response = await template(new Request(url));
    expect(response.status).toBe(200);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // The byte-order mark, so Excel opens it as UTF-8.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text.startsWith(`${HEADER.join(",")}\r\n`)).toBe(true);
    expect(text.trimEnd().split("\r\n")).toHaveLength(indicators.length + 1);
    // A period the unit did not live through has no template.
    expect((await template(new Request("http://localhost/work/import/template?unit=an-giang&period=2025-Q3&format=csv"))).status).toBe(400);
  });
});

describe("a 5,000-row file", () => {
  it("is checked, stored in one go, and comes back in the template", { timeout: 240_000 }, async () => {
    actAs(staff);
    // Quarters long before any stored report: 2000-Q1 onwards, every indicator.
    const rows: (string | number | null)[][] = [];
    for (let q = 0; rows.length < 5000; q++) {
      const period = `${2000 + Math.floor(q / 4)}-Q${(q % 4) + 1}`;
      for (const indicator of indicators) {
        if (rows.length === 5000) break;
        rows.push(["an-giang", indicator.code, null, null, period, figure(indicator.unit, rows.length + 1), null, null]);
      }
    }
    const file = await xlsx(rows);
    const checked = await upload("check", anGiang, file);
    expect(checked.body.kind).toBe("plan");
    expect(checked.body.plan.counts).toEqual({ new: 5000, changed: 0, unchanged: 0, empty: 0, error: 0 });

    const before = await db.observation.count({ where: { provinceId: anGiang } });
    const since = await lastAuditId();
    const stored = await upload("confirm", anGiang, file, checked.body);
    expect(stored.body).toMatchObject({ kind: "stored", written: 5000 });
    expect(await db.observation.count({ where: { provinceId: anGiang } })).toBe(before + 5000);

    // More rows than one INSERT's bound parameters allow, of figures and of audit events: every one of
    // them has its figure and its observation.create event naming it, each report its report.create.
    const periods = [...new Set(rows.map((r) => String(r[4])))];
    const events = await auditSince(since);
    const figures = await db.observation.findMany({
      where: { provinceId: anGiang, period: { in: periods } },
      select: { id: true, indicatorId: true, period: true, value: true, report: { select: { id: true } } },
    });
    expect(figures).toHaveLength(5000);
    const created = events.filter((e) => e.action === "observation.create");
    const asAudited = (f: (typeof figures)[number]) => ({
      observationId: f.id,
      indicatorId: f.indicatorId,
      period: f.period,
      reportId: f.report.id,
      provinceId: anGiang,
      actorId: staff.id,
      oldValue: null,
      newValue: String(f.value),
      reason: null,
    });
    expect(created.map((e) => ({ observationId: e.observationId, indicatorId: e.indicatorId, period: e.period, reportId: e.reportId, provinceId: e.provinceId, actorId: e.actorId, oldValue: e.oldValue, newValue: e.newValue, reason: e.reason })).sort((a, b) => a.observationId! - b.observationId!)).toEqual(
      figures.map(asAudited).sort((a, b) => a.observationId - b.observationId),
    );
    const reports = events.filter((e) => e.action === "report.create");
    expect(reports.map((e) => e.period).sort()).toEqual([...periods].sort());
    expect(reports.every((e) => e.newValue === "DRAFT" && e.actorId === staff.id && e.reportId !== null)).toBe(true);
    expect(events.map((e) => e.action).filter((a) => a !== "observation.create" && a !== "report.create")).toEqual(["report.import"]);
    const last = rows.at(-1)!;
    const lastIndicator = indicators.find((i) => i.code === last[1])!;
    const observation = await db.observation.findUniqueOrThrow({
      where: { provinceId_indicatorId_period: { provinceId: anGiang, indicatorId: lastIndicator.id, period: String(last[4]) } },
      include: { source: true, report: true },
    });
    expect(observation).toMatchObject({ value: last[5], enteredById: staff.id, version: 1 });
    expect(observation.source.title).toBe("Báo cáo của Sở");
    expect(observation.report.status).toBe("DRAFT");

    // The template of one of those quarters holds the stored figures; uploaded again, nothing changes.
    const response = await template(new Request(`http://localhost/work/import/template?unit=an-giang&period=2000-Q1&format=xlsx`));
    const again = new File([await response.arrayBuffer()], "mau.xlsx");
    const rechecked = await upload("check", anGiang, again);
    expect(rechecked.body.plan.counts.unchanged).toBe(indicators.length);
    expect(rechecked.body.plan.counts.new + rechecked.body.plan.counts.changed + rechecked.body.plan.counts.error).toBe(0);
  });
});

describe("a hostile workbook", () => {
  const header = `<row r="1">${HEADER.map((_, i) => `<c r="${String.fromCharCode(65 + i)}1" t="s"><v>${i}</v></c>`).join("")}</row>`;

  it("of a million empty rows is refused for its rows after the first ten thousand, without being unpacked in full; nothing is stored", async () => {
    actAs(staff);
    const before = await rowCounts();
    const file = new File([workbook({ rows: header + emptyRows(1_000_000), strings: HEADER })], "trong.xlsx");
    expect(file.size).toBeLessThan(250_000);
    const answer = await upload("check", anGiang, file);
    expect(answer).toEqual({ status: 200, body: { kind: "file", problem: "TOO_MANY_ROWS" } });
    expect(await rowCounts()).toEqual(before);
  });

  it("whose parts unpack to far more than any report is refused as such, whatever its rows", async () => {
    actAs(staff);
    const file = new File([workbook({ rows: header, strings: [...HEADER.slice(0, -1), "x".repeat(60 * 1024 * 1024)] })], "phong-to.xlsx");
    expect(file.size).toBeLessThan(100_000);
    expect((await upload("check", anGiang, file)).body).toEqual({ kind: "file", problem: "UNPACKED_TOO_LARGE" });
  });

  it("that is not a whole zip is unreadable, and the next file is read as usual", async () => {
    actAs(staff);
    const whole = workbook({ rows: header, strings: HEADER });
    const cut = new File([whole.subarray(0, whole.byteLength - 40)], "hong.xlsx");
    expect((await upload("check", anGiang, cut)).body).toEqual({ kind: "file", problem: "UNREADABLE" });
    const good = await xlsx([["an-giang", indicators[0]!.code, null, null, "1997-Q1", figure(indicators[0]!.unit, 3), null, null]]);
    expect((await upload("check", anGiang, good)).body.kind).toBe("plan");
  });
});

describe("storing nothing", () => {
  it("a file with one bad row is refused whole at confirmation", async () => {
    actAs(staff);
    const [a, b] = indicators.filter((i) => i.unit === "PERCENT");
    const file = await xlsx([
      ["an-giang", a!.code, null, null, "1995-Q1", 50, null, null],
      ["an-giang", b!.code, null, null, "1995-Q1", 150, null, null],
    ]);
    const checked = await upload("check", anGiang, file);
    expect(checked.body.plan.counts).toMatchObject({ new: 1, error: 1 });
    expect(checked.body.plan.rows[1]!.errors[0]).toMatchObject({ column: "value", letter: "F" });
    const before = await rowCounts();
    expect((await upload("confirm", anGiang, file, checked.body)).body.kind).toBe("plan");
    expect(await rowCounts()).toEqual(before);
  });

  it("a failure half-way through the transaction stores nothing", async () => {
    actAs(staff);
    const percent = indicators.filter((i) => i.unit === "PERCENT").slice(0, 3);
    // The database itself refuses the second figure, after the first was written.
    await refusingByDatabase("it_import_fail", async () => {
      const file = await xlsx(percent.map((i, n) => ["an-giang", i.code, null, null, "1996-Q1", n === 1 ? 42.42 : 60 + n, null, null]));
      const checked = await upload("check", anGiang, file);
      expect(checked.body.plan.counts.new).toBe(3);
      const before = await rowCounts();
      await expect(upload("confirm", anGiang, file, checked.body)).rejects.toThrow(/tx.observation.create|refused by test/);
      expect(await rowCounts()).toEqual(before);
      expect(await db.report.findUnique({ where: { provinceId_period: { provinceId: anGiang, period: "1996-Q1" } } })).toBeNull();
    });
  });

  it("a figure refused at the end of a file larger than one SQLite statement carries stores nothing of the file", { timeout: 240_000 }, async () => {
    actAs(staff);
    // Half-years 1990-H1 onwards, every indicator: on SQLite more figures than one statement carries (PostgreSQL
    // takes them in one); the last one is refused.
    const rows: (string | number | null)[][] = [];
    for (let h = 0; rows.length < 3024; h++) {
      for (const indicator of indicators) rows.push(["an-giang", indicator.code, null, null, `${1990 + Math.floor(h / 2)}-H${(h % 2) + 1}`, figure(indicator.unit, rows.length + 1), null, null]);
    }
    const percent = indicators.findIndex((i) => i.unit === "PERCENT");
    const last = rows.findLastIndex((r) => r[1] === indicators[percent]!.code);
    rows[last]![5] = 42.42;
    await refusingByDatabase("it_import_fail_late", async () => {
      const file = await xlsx(rows);
      const checked = await upload("check", anGiang, file);
      expect(checked.body.plan.counts.new).toBe(rows.length);
      const before = await rowCounts();
      await expect(upload("confirm", anGiang, file, checked.body)).rejects.toThrow(/refused by test/);
      expect(await rowCounts()).toEqual(before);
      expect(await db.report.findUnique({ where: { provinceId_period: { provinceId: anGiang, period: "1990-H1" } } })).toBeNull();
    });
  });

  it("a figure changed by someone else between the dry run and the confirmation is a conflict", async () => {
    actAs(staff);
    const [a, b] = indicators.filter((i) => i.unit === "PERCENT");
    const period = parsePeriod("1997-Q2")!;
    await saveFigures(colleague, { provinceId: anGiang, period, values: [{ indicatorId: a!.id, value: 40, source: "Sở", note: null, version: 0 }] });
    const file = await xlsx([
      ["an-giang", a!.code, null, null, "1997-Q2", 45, null, null],
      ["an-giang", b!.code, null, null, "1997-Q2", 46, null, null],
    ]);
    const checked = await upload("check", anGiang, file);
    expect(checked.body.plan.rows.map((r) => [r.status, r.old?.value ?? null])).toEqual([
      ["changed", 40],
      ["new", null],
    ]);
    // Meanwhile the colleague corrects the figure in the form.
    await saveFigures(colleague, { provinceId: anGiang, period, values: [{ indicatorId: a!.id, value: 41, source: "Sở", note: null, version: 1 }] });
    const before = await rowCounts();
    const since = await lastAuditId();
    const confirmed = await upload("confirm", anGiang, file, checked.body);
    expect(confirmed.body).toMatchObject({ kind: "conflict", conflicts: [{ row: 2, code: a!.code, period: "1997-Q2", theirs: { value: 41, by: colleague.name } }] });
    await expectOnlyRefusals(before, since, ["observation.conflict"]);
  });

  it("decides on the server what to write: a figure someone changed after it was shown unchanged is a conflict, and an empty row never clears one", async () => {
    actAs(staff);
    const [a, b] = indicators.filter((i) => i.unit === "PERCENT");
    const period = parsePeriod("1993-Q1")!;
    await saveFigures(colleague, {
      provinceId: anGiang,
      period,
      values: [
        { indicatorId: a!.id, value: 30, source: "Báo cáo của Sở", note: null, version: 0 },
        { indicatorId: b!.id, value: 31, source: "Báo cáo của Sở", note: null, version: 0 },
      ],
    });
    const file = await xlsx([
      ["an-giang", a!.code, null, null, "1993-Q1", 30, null, null],
      ["an-giang", b!.code, null, null, "1993-Q1", null, null, null],
    ]);
    const checked = await upload("check", anGiang, file);
    expect(checked.body.plan.rows.map((r) => r.status)).toEqual(["unchanged", "empty"]);
    // A forged confirmation naming the empty row, as if to clear it.
    const forged = { ...checked.body, plan: { ...checked.body.plan, rows: checked.body.plan.rows.map((r) => ({ ...r, status: "new" as const })) } };
    await upload("confirm", anGiang, file, forged);
    expect((await db.observation.findUnique({ where: { provinceId_indicatorId_period: { provinceId: anGiang, indicatorId: b!.id, period: "1993-Q1" } } }))?.value).toBe(31);
    // The colleague corrects the first figure after the dry run showed it unchanged.
    await saveFigures(colleague, { provinceId: anGiang, period, values: [{ indicatorId: a!.id, value: 35, source: "Báo cáo của Sở", note: null, version: 1 }] });
    const before = await rowCounts();
    const since = await lastAuditId();
    const confirmed = await upload("confirm", anGiang, file, checked.body);
    expect(confirmed.body).toMatchObject({ kind: "conflict", conflicts: [{ row: 2, code: a!.code, theirs: { value: 35 } }] });
    await expectOnlyRefusals(before, since, ["observation.conflict"]);
  });

  it("a file changed after the dry run is not stored", async () => {
    actAs(staff);
    const [a] = indicators.filter((i) => i.unit === "PERCENT");
    const checked = await upload("check", anGiang, await xlsx([["an-giang", a!.code, null, null, "1998-Q1", 45, null, null]]));
    const before = await rowCounts();
    const confirmed = await upload("confirm", anGiang, await xlsx([["an-giang", a!.code, null, null, "1998-Q1", 54, null, null]]), checked.body);
    expect(confirmed.body.kind).toBe("changedFile");
    expect(await rowCounts()).toEqual(before);
  });
});

describe("reading CSV", () => {
  const csv = (text: string, bytes?: Uint8Array<ArrayBuffer>) => new File([bytes ?? new TextEncoder().encode(text)], "so-lieu.csv", { type: "text/csv" });

  it("reads UTF-8 with a byte-order mark, semicolons, Vietnamese decimals and grouped counts", async () => {
    actAs(staff);
    const percent = indicators.find((i) => i.unit === "PERCENT")!;
    const count = indicators.find((i) => i.unit === "COUNT")!;
    const text = `\uFEFF${HEADER.join(";")}\r\nan-giang;${percent.code};;;1999-Q1;"66,2";Báo cáo quý;\r\nan-giang;${count.code};;;1999-Q1;1.506; Sở  ;\r\n`;
    const checked = await upload("check", anGiang, csv(text));
    expect(checked.body.plan.rows.map((r) => [r.status, r.value, r.source])).toEqual([
      ["new", 66.2, "Báo cáo quý"],
      ["new", 1506, "Sở"],
    ]);
    expect(checked.body.plan.rows[1]!.warnings).toEqual([{ code: "GROUPED", typed: "1.506" }]);
  });

  it("refuses a file in a legacy Vietnamese encoding rather than guessing its letters", async () => {
    actAs(staff);
    // "Nguồn" in Windows-1258 is not valid UTF-8.
    const bytes = new Uint8Array([...new TextEncoder().encode("Mã chỉ tiêu,Kỳ báo cáo,Giá trị,Ngu"), 0xd2, 0x6e, 0x0d, 0x0a]);
    expect((await upload("check", anGiang, csv("", bytes))).body).toEqual({ kind: "file", problem: "ENCODING" });
    expect((await upload("check", anGiang, csv("a,b\r\n1,2\r\n"))).body).toEqual({ kind: "file", problem: "NO_HEADER" });
    expect((await upload("check", anGiang, csv("Mã chỉ tiêu,Nguồn\r\nX,Y\r\n"))).body).toEqual({ kind: "file", problem: "MISSING_COLUMNS", missing: ["period", "value"] });
  });
});
