import { describe, expect, it } from "vitest";
import { openApiDocument, PERIOD_PATTERN } from "@/features/open-data/openapi";
import { LIST_PARAMS } from "@/features/open-data/schema";
import { parsePeriod } from "@/lib/domain/period";

describe("OpenAPI document", () => {
  it("describes a period as exactly the codes the server reads as one", () => {
    const pattern = new RegExp(PERIOD_PATTERN, "u");
    for (let year = 1980; year <= 2110; year++) {
      for (const part of ["", "-H1", "-H2", "-H3", "-Q1", "-Q4", "-Q5", "-q1", "Q1"]) {
        const code = `${year}${part}`;
        expect(pattern.test(code), code).toBe(parsePeriod(code) !== null);
      }
    }
    for (const code of ["", "990", "20255", "2025-", "2025-H", "x2025"]) expect(pattern.test(code), code).toBe(parsePeriod(code) !== null);
  });

  it("writes each list as its name repeated, with an example of its item type", () => {
    const document = openApiDocument({ name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" });
    const parameters = Object.values(document.paths).flatMap((path) => path.get.parameters);
    for (const parameter of parameters) {
      if (LIST_PARAMS.has(parameter.name)) {
        expect(parameter, parameter.name).toMatchObject({ schema: { type: "array" }, style: "form", explode: true });
        expect(Array.isArray(parameter.example), parameter.name).toBe(true);
      } else {
        expect(parameter.schema.type, parameter.name).not.toBe("array");
      }
    }
    expect(parameters.find((p) => p.name === "year")?.example).toEqual([2022]);
    expect(parameters.find((p) => p.name === "per_page")?.example).toBe(100);
  });
});
