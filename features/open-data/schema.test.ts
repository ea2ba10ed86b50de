import { describe, expect, it } from "vitest";
import { RESOURCE_SPECS, RESOURCES } from "@/features/open-data/schema";
import { vi as m } from "@/lib/i18n/messages";

describe("open-data columns", () => {
  it("are each explained in Vietnamese on the data page, and every dataset is described", () => {
    for (const resource of RESOURCES) {
      for (const column of RESOURCE_SPECS[resource].columns) expect(m.data.columnMeaning[column.name], `${resource}.${column.name}`).toBeTruthy();
    }
    expect(Object.keys(m.data.datasets).sort()).toEqual([...RESOURCES].sort());
  });
});
