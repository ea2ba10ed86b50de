// The OpenAPI 3.1 description of the open-data API, built from the same
// table the API answers from (features/open-data/schema.ts).
import { DEFAULT_PER_PAGE, MAX_PER_PAGE, PARAM_DOCS, RESOURCE_SPECS, RESOURCES, type Column, type ParamName } from "@/features/open-data/schema";

function columnSchema(column: Column): Record<string, unknown> {
  const base =
    column.type === "date"
      ? { type: "string", format: "date" }
      : column.type === "string[]"
        ? { type: "array", items: { type: "string" } }
        : { type: column.type };
  return { ...base, ...(column.nullable ? { type: [base.type, "null"] } : {}), description: column.description };
}

function parameter(name: ParamName) {
  const doc = PARAM_DOCS[name];
  const schema =
    name === "format"
      ? { type: "string", enum: ["json", "csv"], default: "json" }
      : name === "page"
        ? { type: "integer", minimum: 1, default: 1 }
        : name === "per_page"
          ? { type: "integer", minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE }
          : { type: "string" };
  return { name, in: "query", required: false, description: doc.description, schema, ...(doc.example ? { example: doc.example } : {}) };
}

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

export function openApiDocument(serverUrl: string, licence: { name: string; url: string }) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Provincial digital transformation: open data",
      version: "1.0.0",
      description:
        "Read-only access to the published figures, targets and DTI results of the provincial digital transformation dashboard. Only figures of published reports appear. Every list is paged (page, per_page); answers carry an ETag for conditional requests and may be cached for 30 seconds.",
      license: licence,
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    paths: Object.fromEntries(
      RESOURCES.map((resource) => {
        const spec = RESOURCE_SPECS[resource];
        return [
          `/${resource}`,
          {
            get: {
              operationId: `list-${resource}`,
              summary: spec.summary,
              parameters: spec.params.map(parameter),
              responses: {
                "200": {
                  description: "One page of rows; in CSV the paging is in the Link and X-Total-Count headers.",
                  headers: {
                    ETag: { schema: { type: "string" } },
                    "X-Total-Count": { schema: { type: "integer" } },
                    Link: { schema: { type: "string" }, description: 'Next and previous pages: <url>; rel="next".' },
                  },
                  content: {
                    "application/json": {
                      schema: {
                        type: "object",
                        required: ["data", "meta", "links"],
                        properties: {
                          data: { type: "array", items: { $ref: `#/components/schemas/${schemaName(resource)}` } },
                          meta: { $ref: "#/components/schemas/PageMeta" },
                          links: { $ref: "#/components/schemas/PageLinks" },
                        },
                      },
                    },
                    "text/csv": { schema: { type: "string" } },
                  },
                },
                "304": { description: "Not modified since the ETag given in If-None-Match." },
                "400": problemResponse("A parameter is unknown or invalid; invalid_params names each."),
                "500": problemResponse("The request could not be answered."),
              },
            },
          },
        ];
      }),
    ),
    components: {
      schemas: {
        ...Object.fromEntries(
          RESOURCES.map((resource) => {
            const columns = RESOURCE_SPECS[resource].columns;
            return [
              schemaName(resource),
              { type: "object", required: columns.map((c) => c.name), properties: Object.fromEntries(columns.map((c) => [c.name, columnSchema(c)])) },
            ];
          }),
        ),
        PageMeta: {
          type: "object",
          properties: { total: { type: "integer" }, page: { type: "integer" }, per_page: { type: "integer" }, pages: { type: "integer" } },
        },
        PageLinks: {
          type: "object",
          properties: { self: { type: "string" }, next: { type: ["string", "null"] }, prev: { type: ["string", "null"] } },
        },
        Problem: {
          type: "object",
          properties: {
            type: { type: "string" },
            title: { type: "string" },
            status: { type: "integer" },
            detail: { type: "string" },
            invalid_params: { type: "array", items: { type: "object", properties: { name: { type: "string" }, reason: { type: "string" } } } },
          },
        },
      },
    },
  };
}

function schemaName(resource: string) {
  return resource.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase()).replace(/s$/, "");
}
