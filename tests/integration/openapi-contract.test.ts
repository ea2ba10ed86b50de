// The OpenAPI document, held against what the API really answers: the
// document as served (its own route), then for every path it names a call to
// the real API handler on the seeded database. Every row of every page must
// have exactly the documented fields with the documented JSON types; every
// documented parameter must be accepted with its example, written as its style
// says; every numeric limit it declares must be the server's own (answered at
// the limit, refused one past it); and a parameter the path does not document
// must get the 400 problem the document promises. Nothing here reads the table
// the document is built from, so a document that drifts from the API fails.
// The document also passes a linter's recommended rules (Redocly's), with no
// error and no warning.
import { beforeAll, describe, expect, it, vi } from "vitest";

vi.mock("next/cache", () => ({ unstable_cache: (read: unknown) => read, revalidateTag: vi.fn(), revalidatePath: vi.fn() }));

import { createConfig, lintFromString } from "@redocly/openapi-core";
import { Validator } from "@seriousme/openapi-schema-validator";
import { GET as openApiJson } from "@/app/api/v1/openapi.json/route";
import { GET as api } from "@/app/api/v1/[resource]/route";

interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  pattern?: string;
  description?: string;
  default?: unknown;
}

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema: Schema;
  style?: string;
  explode?: boolean;
  example?: unknown;
}

interface Operation {
  parameters: Parameter[];
  responses: Record<string, { content?: Record<string, { schema: Schema }>; headers?: Record<string, { schema: Schema }> }>;
}

interface Document {
  openapi: string;
  servers: Array<{ url: string }>;
  paths: Record<string, { get: Operation }>;
  components: { schemas: Record<string, Schema> };
}

let doc: Document;
/** Where the document is served: its relative server is resolved against it. */
const DOCUMENT_URL = "http://localhost/api/v1/openapi.json";

beforeAll(async () => {
  const response = openApiJson(new Request("http://127.0.0.1/api/v1/openapi.json"));
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toMatch(/^application\/json/);
  doc = (await response.json()) as Document;
  expect(doc.openapi).toMatch(/^3\.1\./);
});

describe("the document itself", () => {
  // Checked by a validator that knows nothing of how the document is built: the published OpenAPI 3.1 schema.
  it("is valid OpenAPI 3.1 to an independent validator", async () => {
    type Spec = Parameters<Validator["validate"]>[0];
    const result = await new Validator().validate(structuredClone(doc) as unknown as Spec);
    expect(result.errors ?? [], JSON.stringify(result.errors)).toEqual([]);
    expect(result.valid).toBe(true);
    // It does refuse what is not OpenAPI.
    const broken = { ...structuredClone(doc), paths: { "/units": { get: { responses: "none" } } } };
    expect((await new Validator().validate(broken as unknown as Spec)).valid).toBe(false);
  });

  // Redocly's linter (@redocly/openapi-core), its recommended rules, nothing switched off; offline, the document has no outside $ref.
  const lint = async (document: unknown) => {
    const problems = await lintFromString({ source: JSON.stringify(document, null, 2), absoluteRef: DOCUMENT_URL, config: await createConfig({ extends: ["recommended"] }) });
    return problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? ""})`);
  };

  it("passes a linter's recommended rules with no error and no warning", async () => {
    expect(await lint(doc)).toEqual([]);
    // The linter is awake: a copy that asks for credentials nowhere and shows a string for an integer is faulted.
    const unsaid = structuredClone(doc) as Document & { security?: unknown };
    delete unsaid.security;
    const perPage = unsaid.paths["/units"]!.get.parameters.find((p) => p.name === "per_page")!;
    perPage.example = "100";
    const faults = await lint(unsaid);
    expect(faults.some((f) => f.startsWith("error security-defined"))).toBe(true);
    expect(faults.some((f) => f.startsWith("warn no-invalid-parameter-examples"))).toBe(true);
  });
});

// ——— A checker for the part of JSON Schema the document uses; anything else fails loudly rather than passing unchecked. ———

const KEYWORDS = new Set(["$ref", "type", "format", "items", "properties", "required", "enum", "minimum", "maximum", "pattern", "description", "default", "example"]);

function resolve(schema: Schema): Schema {
  if (!schema.$ref) return schema;
  const name = /^#\/components\/schemas\/(.+)$/.exec(schema.$ref)?.[1];
  const target = name ? doc.components.schemas[name] : undefined;
  if (!target) throw new Error(`unresolvable $ref ${schema.$ref}`);
  return resolve(target);
}

function jsonType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "array";
  if (typeof value === "number") return Number.isInteger(value) ? "integer" : "number";
  return typeof value;
}

/** Every way `value` departs from `schema`, as "where: what" lines. */
function departures(value: unknown, given: Schema, at: string): string[] {
  const schema = resolve(given);
  for (const keyword of Object.keys(schema)) if (!KEYWORDS.has(keyword)) throw new Error(`${at}: the checker does not know "${keyword}"`);
  const problems: string[] = [];
  if (schema.type !== undefined) {
    const allowed = Array.isArray(schema.type) ? schema.type : [schema.type];
    const actual = jsonType(value);
    // An integer is also a number; nothing else stands in for another type.
    if (!allowed.includes(actual) && !(actual === "integer" && allowed.includes("number"))) return [`${at}: ${JSON.stringify(value)} is ${actual}, documented ${allowed.join(" or ")}`];
  }
  if (schema.enum && !schema.enum.includes(value)) problems.push(`${at}: ${JSON.stringify(value)} is not one of ${JSON.stringify(schema.enum)}`);
  if (typeof value === "number" && schema.minimum !== undefined && value < schema.minimum) problems.push(`${at}: ${value} is below ${schema.minimum}`);
  if (typeof value === "number" && schema.maximum !== undefined && value > schema.maximum) problems.push(`${at}: ${value} is above ${schema.maximum}`);
  if (typeof value === "string" && schema.pattern !== undefined && !new RegExp(schema.pattern, "u").test(value)) problems.push(`${at}: "${value}" does not match ${schema.pattern}`);
  if (typeof value === "string" && schema.format !== undefined) {
    if (schema.format !== "date") throw new Error(`${at}: the checker does not know format "${schema.format}"`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value) problems.push(`${at}: "${value}" is not a date (YYYY-MM-DD)`);
  }
  if (Array.isArray(value) && schema.items) value.forEach((item, i) => problems.push(...departures(item, schema.items!, `${at}[${i}]`)));
  if (jsonType(value) === "object" && (schema.properties || schema.required)) {
    const object = value as Record<string, unknown>;
    const documented = schema.properties ?? {};
    for (const name of schema.required ?? []) if (!(name in object)) problems.push(`${at}: missing required "${name}"`);
    for (const [name, field] of Object.entries(object)) {
      if (!(name in documented)) problems.push(`${at}: "${name}" is not documented`);
      else problems.push(...departures(field, documented[name]!, `${at}.${name}`));
    }
  }
  return problems;
}

/** Passes when `value` conforms; otherwise fails showing the first departures. */
function expectConforms(value: unknown, schema: Schema, at: string) {
  const found = departures(value, schema, at);
  expect(found, `${found.length} departures:\n${found.slice(0, 5).join("\n")}`).toEqual([]);
}

// ——— Calling the API as the document describes it ———

const resourceOf = (path: string) => {
  const match = /^\/([a-z-]+)$/.exec(path);
  if (!match) throw new Error(`a path the test cannot call: ${path}`);
  return match[1]!;
};

function call(path: string, query: string) {
  const url = new URL(`${doc.servers[0]!.url}${path}${query ? `?${query}` : ""}`, DOCUMENT_URL);
  return api(new Request(url), { params: Promise.resolve({ resource: resourceOf(path) }) });
}

/** A parameter's value as a query string, as its style says: a list is its name repeated, one value each. */
function queryOf(parameter: Parameter, value: unknown): string {
  if (!Array.isArray(value)) return `${parameter.name}=${encodeURIComponent(String(value))}`;
  if (parameter.style !== "form" || parameter.explode !== true) throw new Error(`${parameter.name}: the test writes a list only as style form, explode true`);
  return value.map((item) => `${parameter.name}=${encodeURIComponent(String(item))}`).join("&");
}

const mediaType = (response: Response) => (response.headers.get("content-type") ?? "").split(";")[0]!.trim();

/** The 400 the document promises: a problem, valid against its schema, naming each bad parameter. */
async function expectProblemNaming(operation: Operation, response: Response, names: string[], asked: string) {
  expect(response.status, asked).toBe(400);
  const documented = operation.responses["400"]?.content ?? {};
  expect(Object.keys(documented)).toContain(mediaType(response));
  const body = (await response.json()) as { invalid_params?: Array<{ name: string }> };
  expectConforms(body, documented[mediaType(response)]!.schema, `${asked}: problem`);
  expect(new Set(body.invalid_params?.map((p) => p.name))).toEqual(new Set(names));
}

/** One parameter, answered with the documented 400 that names it. */
async function expectRefused(path: string, name: string, value: string) {
  await expectRefusedQuery(path, name, `${name}=${encodeURIComponent(value)}`);
}

async function expectRefusedQuery(path: string, name: string, query: string) {
  await expectProblemNaming(doc.paths[path]!.get, await call(path, query), [name], `${path}?${query}`);
}

const paths = () => Object.keys(doc.paths);

/**
 * Parameter names a client might well try, each with a value that would be
 * valid if it were accepted: written out here, not taken from the document,
 * so one the API accepts and the document leaves out is caught too.
 */
const PLAUSIBLE: Record<string, string> = {
  unit: "an-giang",
  indicator: "SOC_SMARTPHONE",
  pillar: "SOC",
  from: "2023",
  to: "2025-Q2",
  year: "2022",
  format: "csv",
  page: "1",
  per_page: "10",
  limit: "10",
  offset: "0",
  sort: "unit",
  lang: "en",
  q: "an",
  colour: "red",
};

describe("the OpenAPI document against the API", () => {
  it("names every resource the API answers, and no path the API does not answer", async () => {
    expect(paths().length).toBeGreaterThan(0);
    for (const path of paths()) expect((await call(path, "per_page=1")).status, path).toBe(200);
    // A path left out of the document would go unchecked below: the API's 404 lists what it answers.
    const missing = (await (await api(new Request("http://localhost/api/v1/nothing"), { params: Promise.resolve({ resource: "nothing" }) })).json()) as { detail: string };
    const answered = /Resources: ([a-z, -]+)\./.exec(missing.detail)?.[1]?.split(", ") ?? [];
    expect(answered.length).toBeGreaterThan(0);
    expect(answered.map((r) => `/${r}`).sort()).toEqual(paths().sort());
  });

  it("documents every field of every row, with its JSON type, on every page of every path", async () => {
    for (const path of paths()) {
      const operation = doc.paths[path]!.get;
      const ok = operation.responses["200"]!;
      let rows = 0;
      for (let page = 1; ; page++) {
        const response = await call(path, `per_page=1000&page=${page}`);
        expect(response.status, path).toBe(200);
        expect(Object.keys(ok.content ?? {}), path).toContain(mediaType(response));
        const body = (await response.json()) as { data: unknown[]; meta: { total: number }; links: { next: string | null; prev: string | null } };
        expectConforms(body, ok.content![mediaType(response)]!.schema, `${path} page ${page}`);
        for (const header of Object.keys(ok.headers ?? {})) {
          if (header === "Link" && !body.links.next && !body.links.prev) continue;
          const value = response.headers.get(header);
          expect(value, `${path} ${header}`).not.toBeNull();
          const schema = ok.headers![header]!.schema;
          expectConforms(resolve(schema).type === "integer" ? Number(value) : value, schema, `${path} header ${header}`);
        }
        expect(Number(response.headers.get("x-total-count"))).toBe(body.meta.total);
        rows += body.data.length;
        if (!body.links.next) break;
      }
      expect(rows, `${path} has rows to check`).toBeGreaterThan(0);
    }
  });

  it("answers CSV with the documented fields as its columns, in the documented order", async () => {
    for (const path of paths()) {
      const operation = doc.paths[path]!.get;
      if (!operation.parameters.some((p) => p.name === "format" && resolve(p.schema).enum?.includes("csv"))) continue;
      const response = await call(path, "format=csv&per_page=1");
      expect(response.status, path).toBe(200);
      expect(Object.keys(operation.responses["200"]!.content ?? {}), path).toContain(mediaType(response));
      const header = (await response.text()).replace(/^\uFEFF/, "").split("\r\n")[0]!.split(",");
      const rows = resolve(operation.responses["200"]!.content!["application/json"]!.schema.properties!.data!.items!);
      expect(header, path).toEqual(Object.keys(rows.properties!));
    }
  });

  it("accepts every documented parameter with its example, written as its style says, and every value it enumerates; refuses a value not of its type", async () => {
    for (const path of paths()) {
      const operation = doc.paths[path]!.get;
      for (const parameter of operation.parameters) {
        expect(parameter.in, `${path} ${parameter.name}`).toBe("query");
        expect(parameter.required ?? false, `${path} ${parameter.name}`).toBe(false);
        const schema = resolve(parameter.schema);
        const list = schema.type === "array";
        if (list) expect({ style: parameter.style, explode: parameter.explode }, `${path} ${parameter.name}`).toEqual({ style: "form", explode: true });
        const one = resolve(list ? schema.items! : schema);
        expect(parameter.example, `${path} ${parameter.name} has an example`).toBeDefined();
        expectConforms(parameter.example, schema, `${path} ${parameter.name} example`);
        const accepted = [queryOf(parameter, parameter.example), ...(one.enum ?? []).map((value) => queryOf(parameter, list ? [value] : value))];
        for (const query of accepted) expect((await call(path, query)).status, `${path}?${query}`).toBe(200);
        const refused = [...(one.type === "integer" ? ["abc", "1.5"] : []), ...(one.enum ? [`not-${one.enum.join("-")}`] : [])];
        for (const value of refused) await expectRefused(path, parameter.name, value);
      }
    }
  });

  it("holds the server to every numeric limit the document declares: at the limit it answers, one past it it refuses, naming the parameter", async () => {
    const LIMITS = ["minimum", "maximum"];
    const UNCHECKED = ["exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength", "minItems", "maxItems", "multipleOf"];
    let checked = 0;
    for (const path of paths()) {
      for (const parameter of doc.paths[path]!.get.parameters) {
        const schema = resolve(parameter.schema);
        const list = schema.type === "array";
        const one = resolve(list ? schema.items! : schema);
        for (const keyword of UNCHECKED) if (keyword in one || keyword in schema) throw new Error(`${path} ${parameter.name}: the test does not check "${keyword}"`);
        const write = (value: number) => queryOf(parameter, list ? [value] : value);
        for (const keyword of LIMITS.filter((k) => k in one)) {
          const limit = one[keyword as "minimum" | "maximum"]!;
          const past = keyword === "minimum" ? limit - 1 : limit + 1;
          expect((await call(path, write(limit))).status, `${path}?${write(limit)}`).toBe(200);
          await expectRefusedQuery(path, parameter.name, write(past));
          checked++;
        }
        // A number documented without an upper limit must take any size.
        if ((one.type === "integer" || one.type === "number") && one.maximum === undefined) {
          expect((await call(path, write(Number.MAX_SAFE_INTEGER))).status, `${path} ${parameter.name} has no documented maximum`).toBe(200);
        }
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("refuses, as a documented 400 naming it, any parameter a path does not document", async () => {
    for (const path of paths()) {
      const operation = doc.paths[path]!.get;
      const own = new Set(operation.parameters.map((p) => p.name));
      for (const [name, value] of Object.entries(PLAUSIBLE).filter(([name]) => !own.has(name))) {
        await expectRefused(path, name, value);
      }
    }
  });
});
