import { describe, expect, it } from "vitest";
import { compareHref, parseCompareParams } from "./compare-params";

const known = { provinces: ["an-giang", "hau-giang", "kien-giang"], pillars: ["GOV", "ECON", "SOC", "INFRA"] };

describe("parseCompareParams", () => {
  it("defaults to the first two provinces and digital society", () => {
    expect(parseCompareParams({}, known)).toEqual({ provinces: ["an-giang", "hau-giang"], pillar: "SOC" });
  });

  it("keeps the chosen provinces in order, once each, and the chosen pillar", () => {
    expect(parseCompareParams({ p: ["hau-giang", "an-giang", "hau-giang"], pillar: "gov" }, known)).toEqual({ provinces: ["hau-giang", "an-giang"], pillar: "GOV" });
  });

  it("accepts a comma-separated list and drops unknown names", () => {
    expect(parseCompareParams({ p: "kien-giang,nowhere", pillar: "XYZ" }, known)).toEqual({ provinces: ["kien-giang"], pillar: "SOC" });
  });

  it("falls back to the defaults when only unknown provinces are given", () => {
    expect(parseCompareParams({ p: "<script>" }, known).provinces).toEqual(["an-giang", "hau-giang"]);
  });
});

describe("compareHref", () => {
  it("writes the state back into a URL that parses to the same state", () => {
    const state = { provinces: ["an-giang", "hau-giang"], pillar: "ECON" };
    const href = compareHref(state);
    expect(href).toBe("/compare?p=an-giang&p=hau-giang&pillar=ECON");
    const query = new URLSearchParams(href.split("?")[1]);
    expect(parseCompareParams({ p: query.getAll("p"), pillar: query.get("pillar") ?? undefined }, known)).toEqual(state);
  });
});
