import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("starts with a byte-order mark and ends lines with CRLF", () => {
    expect(toCsv(["a", "b"], [[1, "x"]])).toBe("\uFEFFa,b\r\n1,x\r\n");
  });

  it("quotes commas, quotes and line breaks", () => {
    expect(toCsv(["t"], [['Tỷ lệ "DN", nhỏ'], ["dòng 1\ndòng 2"]])).toBe('\uFEFFt\r\n"Tỷ lệ ""DN"", nhỏ"\r\n"dòng 1\ndòng 2"\r\n');
  });

  it("quotes a semicolon, so a spreadsheet that splits on it keeps the cell whole and runs no formula from its second half", () => {
    expect(toCsv(["t"], [["x;=cmd|' /C calc'!A0"], ["Bộ TT&TT; Sở TT&TT"]])).toBe("\uFEFFt\r\n\"x;=cmd|' /C calc'!A0\"\r\n\"Bộ TT&TT; Sở TT&TT\"\r\n");
  });

  it("leaves missing values empty, never 0", () => {
    expect(toCsv(["v"], [[null], [undefined], [0]])).toBe("\uFEFFv\r\n\r\n\r\n0\r\n");
  });

  it("neutralises text that a spreadsheet would run as a formula, but not negative numbers", () => {
    expect(toCsv(["v"], [["=1+1"], [-3]])).toBe("\uFEFFv\r\n'=1+1\r\n-3\r\n");
  });

  it.each([
    ["=", "=1+1", "'=1+1"],
    ["+", "+1+1", "'+1+1"],
    ["-", "-1+1", "'-1+1"],
    ["@", "@SUM(A1)", "'@SUM(A1)"],
    ["a tab", "\t=1+1", "'\t=1+1"],
    ["a carriage return", "\r=1+1", "\"'\r=1+1\""],
  ])("puts an apostrophe before text beginning with %s, in a header as in a row", (_, text, written) => {
    expect(toCsv([text], [[text]])).toBe(`\uFEFF${written}\r\n${written}\r\n`);
  });

  it("leaves text alone that only holds such a sign further on", () => {
    expect(toCsv(["v"], [["Tỷ lệ =+-@"], ["1-2"]])).toBe("\uFEFFv\r\nTỷ lệ =+-@\r\n1-2\r\n");
  });
});
