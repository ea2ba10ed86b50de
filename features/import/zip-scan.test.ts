import { describe, expect, it } from "vitest";
import { emptyRows, workbook, zip } from "@/tests/support/workbook";
import { scanXlsx, zipEntries } from "./zip-scan.mjs";

const limits = { unpacked: 1024 * 1024, rows: 100 };
const numbered = (count: number) => Array.from({ length: count }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");

describe("scanXlsx", () => {
  it("lets a workbook through at its row limit and refuses one row more", () => {
    expect(scanXlsx(workbook({ rows: numbered(100) }), limits)).toBeNull();
    expect(scanXlsx(workbook({ rows: numbered(101) }), limits)).toBe("TOO_MANY_ROWS");
  });

  it("counts rows with a namespace prefix and self-closed ones, but not <rowBreaks>", () => {
    const sheet = `<x:worksheet xmlns:x="m"><x:sheetData>${'<x:row r="1"/>'.repeat(60)}${emptyRows(41)}</x:sheetData><rowBreaks count="1"/></x:worksheet>`;
    expect(scanXlsx(zip({ "xl/worksheets/sheet1.xml": sheet }), limits)).toBe("TOO_MANY_ROWS");
    expect(scanXlsx(zip({ "xl/worksheets/sheet1.xml": sheet.replace(emptyRows(41), emptyRows(40)) }), limits)).toBeNull();
  });

  it("counts exactly in a worksheet larger than the first prefix it inflates", () => {
    // Digits that do not repeat, so the part is compressed to many times the 16 KB first read of it.
    const filler = (i: number) => Array.from({ length: 2000 }, (_, k) => ((i * 7919 + k * 104_729) % 1_000_003).toString(36)).join(" ");
    const rows = Array.from({ length: 100 }, (_, i) => `<row r="${i + 1}"><c><v>${filler(i)}</v></c></row>`).join("");
    const sheet = zip({ "xl/worksheets/sheet1.xml": rows });
    expect(zipEntries(sheet)![0]!.compressedSize).toBeGreaterThan(4 * 64 * 1024);
    expect(scanXlsx(sheet, { unpacked: 10 * 1024 * 1024, rows: 100 })).toBeNull();
    expect(scanXlsx(zip({ "xl/worksheets/sheet1.xml": rows + "<row/>" }), { unpacked: 10 * 1024 * 1024, rows: 100 })).toBe("TOO_MANY_ROWS");
  });

  it("stops at the unpacked budget, in deflated and stored parts alike", () => {
    const big = "x".repeat(limits.unpacked + 1);
    expect(scanXlsx(zip({ "xl/sharedStrings.xml": big }), limits)).toBe("UNPACKED_TOO_LARGE");
    expect(scanXlsx(zip({ "xl/sharedStrings.xml": big }, ["xl/sharedStrings.xml"]), limits)).toBe("UNPACKED_TOO_LARGE");
    // The budget is for the whole file, not each part.
    const half = "x".repeat(limits.unpacked / 2 + 1);
    expect(scanXlsx(zip({ "a.xml": half, "b.xml": half }), limits)).toBe("UNPACKED_TOO_LARGE");
    expect(scanXlsx(zip({ "a.xml": half }), limits)).toBeNull();
  });

  it("refuses what is not a plain zip: cut short, encrypted, or with damaged data", () => {
    const whole = workbook({ rows: numbered(3) });
    expect(zipEntries(whole)?.map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
    expect(scanXlsx(whole.subarray(0, whole.byteLength - 30), limits)).toBe("UNREADABLE");
    const encrypted = Buffer.from(whole);
    const directory = encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    encrypted.writeUInt16LE(1, directory + 8);
    expect(scanXlsx(encrypted, limits)).toBe("UNREADABLE");
    const damaged = zip({ "xl/worksheets/sheet1.xml": numbered(3) });
    damaged.fill(0xff, 40, 60);
    expect(scanXlsx(damaged, limits)).toBe("UNREADABLE");
  });
});
