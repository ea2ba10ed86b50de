import { describe, expect, it } from "vitest";
import { entryFieldKey, entryInput, fieldName, readEntryForm, sourceOf } from "@/features/entry/codec";
import { entrySchema, type IndicatorRule } from "@/features/entry/schema";

const rules = new Map<number, IndicatorRule>([
  [7, { id: 7, unit: "PERCENT", minValue: 0, maxValue: 100, nameVi: "Tỷ lệ hồ sơ trực tuyến" }],
  [9, { id: 9, unit: "COUNT", minValue: 0, maxValue: null, nameVi: "Số doanh nghiệp số" }],
]);

function post(fields: Record<string, string>, extra: Record<string, string> = {}) {
  const form = new FormData();
  for (const [key, value] of Object.entries({ provinceId: "3", period: "2026-Q3", ...extra, ...fields })) form.append(key, value);
  return form;
}

describe("the entry form's codec", () => {
  it("reads back every field it names, whatever the order, and ignores names it did not give", () => {
    const form = post({ [fieldName(9, "value")]: "12", [fieldName(7, "source")]: "Sở KH&CN", [fieldName(7, "value")]: "80,5", "v.7.evil": "x", other: "y" }, { intent: "submit" });
    const read = readEntryForm(form);
    expect(read.intent).toBe("submit");
    expect([...read.fields.keys()]).toEqual(["9", "7"]);
    expect(read.fields.get("7")).toEqual({ value: "80,5", source: "Sở KH&CN", note: "", version: "0" });
    expect(readEntryForm(post({}, { intent: "anything" })).intent).toBe("save");
  });

  it("gives a figure typed without a source the report's source, and a source of only spaces counts as none", () => {
    expect(sourceOf({ value: "80", source: "" }, "Báo cáo quý")).toBe("Báo cáo quý");
    expect(sourceOf({ value: "80", source: "  \u200b " }, "Báo cáo quý")).toBe("Báo cáo quý");
    expect(sourceOf({ value: "80", source: "Sở" }, "Báo cáo quý")).toBe("Sở");
    // No figure, no source: a blank row must not be given one nobody chose for it.
    expect(sourceOf({ value: " ", source: "" }, "Báo cáo quý")).toBe("");
  });

  it("gives the browser and the server the same verdict on the same post", () => {
    const form = post({ [fieldName(7, "value")]: "80", [fieldName(7, "source")]: "   ", [fieldName(9, "value")]: "-1", [fieldName(9, "source")]: "Cục Thống kê" }, { defaultSource: "Báo cáo quý 3" });
    const read = readEntryForm(form);
    const result = entrySchema(rules).safeParse(entryInput(read));
    expect(result.success).toBe(false);
    const keyOf = entryFieldKey([...read.fields.keys()]);
    const keys = result.success ? [] : result.error.issues.map((issue) => keyOf(issue.path));
    // The spaces-only source took the report's source; only the negative count is wrong.
    expect(keys).toEqual([fieldName(9, "value")]);
  });
});
