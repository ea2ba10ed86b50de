import { describe, expect, it } from "vitest";
import { openApiDocument } from "@/features/open-data/openapi";
import { RESOURCE_SPECS, RESOURCES } from "@/features/open-data/schema";

describe("OpenAPI document", () => {
  const doc = openApiDocument("https://dti.example.gov.vn", { name: "CC BY 4.0", url: "https://creativecommons.org/licenses/by/4.0/" });

  it("describes every resource with the parameters and columns it answers with", () => {
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(RESOURCES.map((r) => `/${r}`));
    for (const resource of RESOURCES) {
      const operation = (doc.paths as Record<string, { get: { parameters: Array<{ name: string }>; responses: Record<string, { content?: Record<string, { schema: { properties?: { data?: { items: { $ref: string } } } } }> }> } }>)[`/${resource}`]!.get;
      expect(operation.parameters.map((p) => p.name)).toEqual(RESOURCE_SPECS[resource].params);
      const ref = operation.responses["200"]!.content!["application/json"]!.schema.properties!.data!.items.$ref;
      const schema = (doc.components.schemas as Record<string, { properties: Record<string, unknown> }>)[ref.split("/").at(-1)!]!;
      expect(Object.keys(schema.properties)).toEqual(RESOURCE_SPECS[resource].columns.map((c) => c.name));
    }
  });
});
