// The progress report as a document to sign: the frame an official stores
// through its action (who may, what is refused, what the next period starts
// from), and the Word file read back from its XML — the frame's parts in the
// order Decree 30/2020/NĐ-CP sets, its margins and font, page numbers, the
// landscape appendix and its column widths, and every figure and count of the
// report in it.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import JSZip from "jszip";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import mammoth from "mammoth";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

const isolated = await vi.hoisted(async () => {
  const { isolateDatabase } = await import("./isolated-db");
  return isolateDatabase("report-document");
});

vi.mock("@/lib/server/session", () => ({ getCurrentUser: vi.fn() }));
vi.mock("next/cache", () => ({ unstable_cache: (read: unknown) => read, revalidateTag: vi.fn(), revalidatePath: vi.fn() }));
vi.mock("next/navigation", async () => (await import("./redirect-signal")).navigationMock());

import { saveFrameAction, type FrameState } from "@/features/progress-report/actions";
import { reportDocx } from "@/features/progress-report/docx";
import { frameFor, getInternalReport } from "@/features/progress-report/reads";
import { figureText, verdictText } from "@/features/progress-report/words";
import { REPORT_VERDICTS } from "@/features/progress-report/facts";
import { db } from "@/lib/server/db";
import { i18nFor } from "@/lib/i18n/i18n";
import type { SignedInUser } from "@/lib/server/session";
import { actAs, auditSince, lastAuditId, makeUser, redirectOf } from "./action-fixtures";
import { closeSnapshot, expectSnapshotInUse } from "./isolated-db";

const IDLE: FrameState = { error: null, fieldErrors: {}, values: null };
// The rendering is the same whatever the database: it runs once, on SQLite.
const isPostgres = /^postgres/.test(process.env.DATABASE_URL ?? "");
const UNIT = "an-giang-2025";
const PERIOD = "2025";

let official: SignedInUser;
let staff: SignedInUser;
let otherOfficial: SignedInUser;

beforeAll(async () => {
  await expectSnapshotInUse(isolated, db);
  official = await makeUser({ email: "doc-official-ag@test.vn", name: "Lãnh đạo An Giang", role: "OFFICIAL", province: UNIT });
  staff = await makeUser({ email: "doc-staff-ag@test.vn", name: "Cán bộ An Giang", role: "STAFF", province: UNIT });
  otherOfficial = await makeUser({ email: "doc-official-ct@test.vn", name: "Lãnh đạo Cần Thơ", role: "OFFICIAL", province: "can-tho-2025" });
  vi.spyOn(console, "warn").mockImplementation(() => {});
});

afterAll(async () => {
  await closeSnapshot(isolated, db);
});

function frameForm(fields: Record<string, string> = {}, unit = UNIT, period = PERIOD) {
  const form = new FormData();
  const values: Record<string, string> = {
    unit,
    period,
    parentBody: "Ủy ban nhân dân tỉnh An Giang",
    issuingBody: "Sở Khoa học và Công nghệ",
    number: "5",
    abbreviation: "SKHCN",
    addressee: "Ủy ban nhân dân tỉnh An Giang",
    place: "An Giang",
    issuedOn: "2026-01-05",
    signerAuthority: "KT. Giám đốc",
    signerPosition: "Phó Giám đốc",
    signerName: "Nguyễn Văn An",
    recipients: "Như trên\nThường trực Tỉnh ủy (để b/c)\nLưu: VT, KHCN",
    ...fields,
  };
  for (const [key, value] of Object.entries(values)) form.set(key, value);
  return form;
}

async function unitId() {
  return (await db.province.findUniqueOrThrow({ where: { slug: UNIT }, select: { id: true } })).id;
}

/** The Word file's parts: its text in order, its XML, its header XML. */
async function wordOf(body: Buffer) {
  const zip = await JSZip.loadAsync(body);
  const file = (name: string) => zip.file(name)!.async("string");
  const headers = await Promise.all(Object.keys(zip.files).filter((n) => /^word\/header\d*\.xml$/.test(n)).map(file));
  return { text: (await mammoth.extractRawText({ buffer: body })).value, document: await file("word/document.xml"), styles: await file("word/styles.xml"), headers };
}

describe("the document frame", () => {
  it("starts from the unit's name before anyone saves one", async () => {
    const { frame, storedAt } = await frameFor({ id: await unitId(), nameVi: "An Giang (từ 01/7/2025)", kind: "province" }, PERIOD, new Date("2026-01-03T00:00:00Z"));
    expect(storedAt).toBeNull();
    expect(frame).toMatchObject({ parentBody: "UBND TỈNH AN GIANG", place: "An Giang", number: "", issuedOn: new Date("2026-01-03T00:00:00Z") });
  });

  it("is saved by the unit's official, audited field by field, and the next period starts from it without its number", async () => {
    actAs(official);
    const since = await lastAuditId();
    expect(await redirectOf(saveFrameAction(IDLE, frameForm()))).toBe(`/work/reports/${UNIT}/${PERIOD}/summary?frame=saved`);
    const stored = await db.reportDocument.findUniqueOrThrow({ where: { provinceId_period: { provinceId: await unitId(), period: PERIOD } } });
    expect(stored).toMatchObject({ issuingBody: "Sở Khoa học và Công nghệ", number: "5", recipients: "Như trên\nThường trực Tỉnh ủy (để b/c)\nLưu: VT, KHCN", updatedById: official.id });
    const events = await auditSince(since);
    expect(events.every((e) => e.action === "report.document" && e.period === PERIOD)).toBe(true);
    expect(events.map((e) => e.field)).toContain("signerName");

    // Saving again with one change writes one event.
    const again = await lastAuditId();
    await redirectOf(saveFrameAction(IDLE, frameForm({ number: "6" })));
    expect((await auditSince(again)).map((e) => [e.field, e.oldValue, e.newValue])).toEqual([["number", "5", "6"]]);

    const next = await frameFor({ id: await unitId(), nameVi: "An Giang (từ 01/7/2025)", kind: "province" }, "2026-Q1", new Date("2026-04-10T00:00:00Z"));
    expect(next.storedAt).toBeNull();
    expect(next.frame).toMatchObject({ issuingBody: "Sở Khoa học và Công nghệ", signerName: "Nguyễn Văn An", number: "", issuedOn: new Date("2026-04-10T00:00:00Z") });
  });

  it("is refused to the unit's staff, another unit's official and the public, storing only the refusal", async () => {
    for (const who of [staff, otherOfficial, null]) {
      actAs(who);
      const before = await db.reportDocument.count();
      const since = await lastAuditId();
      expect(await saveFrameAction(IDLE, frameForm({ signerName: "Người lạ" }))).toMatchObject({ error: expect.any(String) });
      expect(await db.reportDocument.count()).toBe(before);
      expect((await auditSince(since)).map((e) => e.action)).toEqual(["access.denied"]);
    }
    expect((await db.reportDocument.findFirstOrThrow({ where: { period: PERIOD } })).signerName).toBe("Nguyễn Văn An");
  });

  it.each([
    [{ issuingBody: "  " }, "issuingBody"],
    [{ number: "5a" }, "number"],
    [{ abbreviation: "skhcn" }, "abbreviation"],
    [{ issuedOn: "05/01/2026" }, "issuedOn"],
    [{ recipients: "" }, "recipients"],
  ])("refuses %j with a message at %s and stores nothing", async (fields, field) => {
    actAs(official);
    const before = await db.reportDocument.findFirstOrThrow({ where: { period: PERIOD } });
    const state = await saveFrameAction(IDLE, frameForm(fields));
    expect(Object.keys(state.fieldErrors)).toEqual([field]);
    expect(await db.reportDocument.findFirstOrThrow({ where: { period: PERIOD } })).toEqual(before);
  });
});

describe("the Word file to sign", () => {
  it("lays the frame out as the decree sets, in order, with its margins, font, page numbers and a landscape appendix", async () => {
    const report = (await getInternalReport(official, UNIT, PERIOD))!;
    const { frame } = await frameFor(report.unit, PERIOD);
    const word = await wordOf(await reportDocx(report, i18nFor("vi"), { internal: true, frame }));
    const order = [
      "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
      "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      "Số: 06/BC-SKHCN",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "An Giang, ngày 05 tháng 01 năm 2026",
      "BÁO CÁO",
      "Tiến độ chuyển đổi số năm 2025 của An Giang",
      "Kính gửi: Ủy ban nhân dân tỉnh An Giang",
      "I. TỔNG QUAN",
      "II. KẾT QUẢ THEO TRỤ CỘT",
      "III. NHỮNG CHỈ TIÊU CẦN LƯU Ý",
      "Nơi nhận:",
      "- Như trên;",
      "- Lưu: VT, KHCN.",
      "KT. GIÁM ĐỐC",
      "PHÓ GIÁM ĐỐC",
      "Nguyễn Văn An",
      "Phụ lục",
      "(Kèm theo Báo cáo số 06/BC-SKHCN ngày 05 tháng 01 năm 2026 của Sở Khoa học và Công nghệ)",
    ];
    let at = -1;
    for (const part of order) {
      const found = word.text.indexOf(part, at + 1);
      expect(found, `"${part}" after position ${at}`).toBeGreaterThan(at);
      at = found;
    }
    // Two sections: portrait with the decree's margins (20, 20, 30, 15 mm) and no number on page 1; then the appendix, landscape.
    const sections = [...word.document.matchAll(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)].map((m) => m[0]);
    expect(sections).toHaveLength(2);
    expect(sections[0]).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(sections[0]).toMatch(/<w:pgMar w:top="1134" w:right="851" w:bottom="1134" w:left="1701"/);
    expect(sections[0]).toContain("<w:titlePg/>");
    expect(sections[1]).toMatch(/<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/);
    // Times New Roman, 14 pt, in the file's language; the page number in the header, centred.
    expect(word.styles).toMatch(/<w:rFonts w:ascii="Times New Roman"/);
    expect(word.styles).toMatch(/<w:sz w:val="28"\/>/);
    expect(word.styles).toMatch(/<w:lang w:val="vi-VN"\/>/);
    expect(word.headers.some((h) => h.includes("PAGE") && h.includes('w:val="center"'))).toBe(true);
    // The appendix tables' columns are sized to their content and fill the landscape width.
    expect(word.document).toContain('<w:tblGrid><w:gridCol w:w="3300"/><w:gridCol w:w="1700"/><w:gridCol w:w="1700"/><w:gridCol w:w="1300"/><w:gridCol w:w="1700"/><w:gridCol w:w="2500"/><w:gridCol w:w="1570"/><w:gridCol w:w="800"/></w:tblGrid>');
  });

  it("holds every figure, verdict and count the report shows", async () => {
    const report = (await getInternalReport(official, UNIT, PERIOD))!;
    const t = i18nFor("vi");
    const { frame } = await frameFor(report.unit, PERIOD);
    const word = await wordOf(await reportDocx(report, t, { internal: true, frame }));
    const squeeze = (s: string) => s.replace(/\s+/g, " ");
    const text = squeeze(word.text);
    const rows = report.facts.pillars.flatMap((p) => p.rows);
    const shown = rows.filter((r) => r.latest !== null);
    expect(shown.length).toBeGreaterThan(0);
    for (const row of shown) {
      expect(text, row.indicator.code).toContain(squeeze(figureText(row.latest!, row.indicator.unit, t)));
      for (const line of verdictText(row, t).split("\n")) expect(text, row.indicator.code).toContain(squeeze(line));
    }
    // The summary's total row: the report's own counts, in order.
    const total = [t.m.report.total, ...REPORT_VERDICTS.map((v) => String(report.facts.counts[v])), String(report.facts.total)].join("\n\n");
    expect(word.text).toContain(total);
  });
});

describe("the Word file as LibreOffice lays it out", () => {
  const soffice = spawnSync("sh", ["-c", "command -v soffice"], { encoding: "utf8" }).stdout.trim();
  // Under CI the test script installs LibreOffice: missing there is a failure, not a skip.
  const absent = soffice === "" && !process.env.CI;
  if (absent) console.warn("LibreOffice (soffice) not found: the rendering test is skipped. Install Debian's libreoffice-writer-nogui to run it.");

  it.skipIf(absent || isPostgres)("fits every line of text inside the page, over a letter of two pages and a landscape appendix", { timeout: 180_000 }, async () => {
    expect(soffice, "soffice on the PATH").not.toBe("");
    const report = (await getInternalReport(official, UNIT, PERIOD))!;
    const { frame } = await frameFor(report.unit, PERIOD);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dti-docx-"));
    try {
      const file = path.join(dir, "report.docx");
      fs.writeFileSync(file, await reportDocx(report, i18nFor("vi"), { internal: true, frame }));
      // Its own profile, so a LibreOffice already open elsewhere is never touched.
      const converted = spawnSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "pdf", "--outdir", dir, file], { encoding: "utf8", timeout: 150_000 });
      expect(converted.status, converted.stderr).toBe(0);
      const pdf = await getDocument({ data: new Uint8Array(fs.readFileSync(path.join(dir, "report.pdf"))), useSystemFonts: false, isEvalSupported: false }).promise;
      const pages: Array<{ landscape: boolean; text: string }> = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const [, , width, height] = page.view as [number, number, number, number];
        const content = await page.getTextContent();
        for (const item of content.items) {
          if (!("str" in item) || item.str.trim() === "") continue;
          const [x, y] = [item.transform[4] as number, item.transform[5] as number];
          expect(x, `page ${n}: "${item.str}" starts left of the page`).toBeGreaterThanOrEqual(0);
          expect(x + item.width, `page ${n}: "${item.str}" runs off the right edge`).toBeLessThanOrEqual(width + 0.5);
          expect(y, `page ${n}: "${item.str}" runs off the page`).toBeGreaterThanOrEqual(0);
          expect(y, `page ${n}: "${item.str}" runs off the page`).toBeLessThanOrEqual(height);
        }
        pages.push({ landscape: width > height, text: content.items.map((i) => ("str" in i ? i.str : "")).join(" ") });
      }
      await pdf.destroy();
      // The letter (portrait, the signer on its last page), then the appendix (landscape).
      const firstLandscape = pages.findIndex((p) => p.landscape);
      expect(firstLandscape).toBeGreaterThanOrEqual(1);
      expect(firstLandscape).toBeLessThanOrEqual(3);
      expect(pages.slice(firstLandscape).every((p) => p.landscape)).toBe(true);
      // Read back without spaces, by the frame's words that have no diacritics (which a PDF's text may hold apart).
      const on = (n: number) => pages[n]!.text.replace(/\s+/g, "");
      expect(on(0)).toContain("06/BC-SKHCN");
      expect(on(firstLandscape - 1)).toContain("VT,KHCN."); // the archive, last of the recipients, beside the signer
      expect(on(firstLandscape)).toContain("06/BC-SKHCN"); // "Kèm theo Báo cáo số 06/BC-SKHCN …"
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
