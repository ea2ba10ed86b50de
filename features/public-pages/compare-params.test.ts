import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SERIES_COLOURS } from "@/lib/domain/palette";
import { compareHref, MAX_UNITS, parseCompareParams, unitParams } from "./compare-params";

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

  it("keeps at most MAX_UNITS provinces", () => {
    const many = Array.from({ length: MAX_UNITS + 2 }, (_, i) => `unit-${i}`);
    expect(parseCompareParams({ p: many }, { ...known, provinces: many }).provinces).toEqual(many.slice(0, MAX_UNITS));
  });

  it("reads a route's URLSearchParams as a page's searchParams", () => {
    for (const query of ["p=hau-giang&p=an-giang&pillar=gov", "p=kien-giang,nowhere&pillar=XYZ", "p=&pillar=", "p=%20an-giang%20,hau-giang&p=an-giang&pillar=ECON&pillar=GOV", ""]) {
      const search = new URLSearchParams(query);
      const record = Object.fromEntries([...new Set(search.keys())].map((k) => [k, search.getAll(k)]));
      expect(parseCompareParams(search, known), query).toEqual(parseCompareParams(record, known));
    }
  });
});

describe("unitParams", () => {
  it("reads repeated and comma-separated units alike, in order, once each", () => {
    const expected = ["an-giang", "hau-giang", "can-tho"];
    expect(unitParams(new URLSearchParams("p=an-giang&p=hau-giang,%20can-tho&p=an-giang"))).toEqual(expected);
    expect(unitParams({ p: ["an-giang", "hau-giang, can-tho", "an-giang"] })).toEqual(expected);
    expect(unitParams({ p: "an-giang,hau-giang,can-tho" })).toEqual(expected);
    expect(unitParams({})).toEqual([]);
    expect(unitParams(new URLSearchParams("pillar=GOV"))).toEqual([]);
  });

  it("is the only reader of `p` and MAX_UNITS the only limit on the units", () => {
    const root = path.join(import.meta.dirname, "..", "..");
    const files = (dir: string): string[] =>
      fs.readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) && !e.name.endsWith(".test.ts") ? [path.join(dir, e.name)] : []));
    const offenders = ["app", "features", "components"].flatMap(files).flatMap((file) => {
      if (file === path.join("features", "public-pages", "compare-params.ts")) return [];
      const text = fs.readFileSync(path.join(root, file), "utf8");
      return [/\.getAll\(\s*["']p["']\s*\)/, /\bsearch(Params)?\??\.p\b/, /\[\s*["']p["']\s*\]/, /\bMAX_(UNITS|PROVINCES)\s*=/].filter((re) => re.test(text)).map((re) => `${file}: ${re}`);
    });
    expect(offenders).toEqual([]);
  });

  it("allows no more units than the charts have colours", () => {
    expect(MAX_UNITS).toBeLessThanOrEqual(SERIES_COLOURS.length);
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
