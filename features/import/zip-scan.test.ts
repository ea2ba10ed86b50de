import { describe, expect, it } from "vitest";
import { emptyRows, workbook, zip } from "@/tests/support/workbook";
import { scanXlsx, zipEntries } from "./zip-scan.mjs";

const limits = { unpacked: 1024 * 1024, rows: 100 };
const numbered = (count: number) => Array.from({ length: count }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c></row>`).join("");

describe("scanXlsx", () => {
  it("lets a workbook through at its row limit and refuses one row more", async () => {
    expect(await scanXlsx(workbook({ rows: numbered(100) }), limits)).toBeNull();
    expect(await scanXlsx(workbook({ rows: numbered(101) }), limits)).toBe("TOO_MANY_ROWS");
  });

  it("counts rows with a namespace prefix and self-closed ones, but not <rowBreaks>", async () => {
    const sheet = `<x:worksheet xmlns:x="m"><x:sheetData>${'<x:row r="1"/>'.repeat(60)}${emptyRows(41)}</x:sheetData><rowBreaks count="1"/></x:worksheet>`;
    expect(await scanXlsx(zip({ "xl/worksheets/sheet1.xml": sheet }), limits)).toBe("TOO_MANY_ROWS");
    expect(await scanXlsx(zip({ "xl/worksheets/sheet1.xml": sheet.replace(emptyRows(41), emptyRows(40)) }), limits)).toBeNull();
  });

  it("counts a row cut between two inflated chunks once", async () => {
    // Row tags land on every offset across zlib's 16 KB output chunks.
    const rows = Array.from({ length: 100 }, (_, i) => `<row r="${i}">${" ".repeat(16_300 + i)}</row>`).join("");
    expect(await scanXlsx(zip({ "xl/worksheets/sheet1.xml": rows }), { unpacked: 10 * 1024 * 1024, rows: 100 })).toBeNull();
    expect(await scanXlsx(zip({ "xl/worksheets/sheet1.xml": rows + "<row/>" }), { unpacked: 10 * 1024 * 1024, rows: 100 })).toBe("TOO_MANY_ROWS");
  });

  it("stops at the unpacked budget, in deflated and stored parts alike", async () => {
    const big = "x".repeat(limits.unpacked + 1);
    expect(await scanXlsx(zip({ "xl/sharedStrings.xml": big }), limits)).toBe("UNPACKED_TOO_LARGE");
    expect(await scanXlsx(zip({ "xl/sharedStrings.xml": big }, ["xl/sharedStrings.xml"]), limits)).toBe("UNPACKED_TOO_LARGE");
    // The budget is for the whole file, not each part.
    const half = "x".repeat(limits.unpacked / 2 + 1);
    expect(await scanXlsx(zip({ "a.xml": half, "b.xml": half }), limits)).toBe("UNPACKED_TOO_LARGE");
    expect(await scanXlsx(zip({ "a.xml": half }), limits)).toBeNull();
  });

  it("refuses what is not a plain zip: cut short, encrypted, or with damaged data", async () => {
    const whole = workbook({ rows: numbered(3) });
    expect(zipEntries(whole)?.map((e) => e.name)).toContain("xl/worksheets/sheet1.xml");
    expect(await scanXlsx(whole.subarray(0, whole.byteLength - 30), limits)).toBe("UNREADABLE");
    const encrypted = Buffer.from(whole);
    const directory = encrypted.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    encrypted.writeUInt16LE(1, directory + 8);
    expect(await scanXlsx(encrypted, limits)).toBe("UNREADABLE");
    const damaged = zip({ "xl/worksheets/sheet1.xml": numbered(3) });
    damaged.fill(0xff, 40, 60);
    expect(await scanXlsx(damaged, limits)).toBe("UNREADABLE");
  });
});
