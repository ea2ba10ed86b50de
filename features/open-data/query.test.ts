import { describe, expect, it } from "vitest";
import { parseApiQuery } from "@/features/open-data/query";
import { DEFAULT_PER_PAGE, MAX_PAGE, MAX_PER_PAGE } from "@/features/open-data/schema";

const known = { units: ["an-giang", "hau-giang"], indicators: ["SOC_SMARTPHONE", "GOV_E_DOCUMENTS"], pillars: ["GOV", "SOC"] };
const parse = (resource: Parameters<typeof parseApiQuery>[0], query: string) => parseApiQuery(resource, new URLSearchParams(query), known);
const problems = (resource: Parameters<typeof parseApiQuery>[0], query: string) => {
  const result = parse(resource, query);
  return result.ok ? [] : result.problems.map((p) => p.name);
};

describe("API query", () => {
  it("takes lists as commas or repeats, and periods as the days they cover", () => {
    const result = parse("observations", "unit=an-giang,hau-giang&indicator=SOC_SMARTPHONE&indicator=GOV_E_DOCUMENTS&from=2023&to=2024-Q2");
    expect(result).toEqual({
      ok: true,
      query: {
        units: ["an-giang", "hau-giang"],
        indicators: ["SOC_SMARTPHONE", "GOV_E_DOCUMENTS"],
        pillars: [],
        from: new Date(Date.UTC(2023, 0, 1)),
        to: new Date(Date.UTC(2024, 5, 30)),
        years: [],
        format: "json",
        page: 1,
        perPage: DEFAULT_PER_PAGE,
      },
    });
  });

  it("names every bad parameter instead of ignoring it", () => {
    expect(problems("observations", "unit=ha-noi&from=2023-Q5&format=xml&page=0&per_page=5000&provice=an-giang")).toEqual(["provice", "unit", "from", "format", "page", "per_page"]);
    expect(problems("observations", "from=2024&to=2023-Q4")).toEqual(["to"]);
    expect(problems("observations", `per_page=${MAX_PER_PAGE}`)).toEqual([]);
    expect(problems("observations", `page=${MAX_PAGE}`)).toEqual([]);
    expect(problems("observations", `page=${MAX_PAGE + 1}`)).toEqual(["page"]);
  });

  it("refuses a filter the resource does not have", () => {
    expect(problems("units", "unit=an-giang")).toEqual(["unit"]);
    expect(problems("dti-results", "indicator=SOC_SMARTPHONE")).toEqual(["indicator"]);
    expect(problems("dti-results", "year=2022,20x1")).toEqual(["year"]);
    expect(parse("dti-results", "year=2022,2021")).toMatchObject({ ok: true, query: { years: [2021, 2022] } });
  });
});
