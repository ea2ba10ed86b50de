// The OpenAPI 3.1 description of the open-data API, built from the same
// table the API answers from (features/open-data/schema.ts).
import { DEFAULT_PER_PAGE, LIST_PARAMS, MAX_PAGE, MAX_PER_PAGE, PARAM_DOCS, RESOURCE_SPECS, RESOURCES, type Column, type ParamName } from "@/features/open-data/schema";
import { MAX_YEAR, MIN_YEAR } from "@/lib/domain/period";

function columnSchema(column: Column): Record<string, unknown> {
  const base =
    column.type === "date"
      ? { type: "string", format: "date" }
      : column.type === "string[]"
        ? { type: "array", items: { type: "string" } }
        : { type: column.type };
  return { ...base, ...(column.nullable ? { type: [base.type, "null"] } : {}), description: column.description };
}

/** A period code, 2023, 2023-H1 or 2023-Q2, of a year from MIN_YEAR to MAX_YEAR (lib/domain/period.ts): what the server reads as a period. */
export const PERIOD_PATTERN = "^(?:199[0-9]|20[0-9]{2}|2100)(?:-(?:H[12]|Q[1-4]))?$";

/** One value of a parameter, with the limits the server enforces (features/open-data/query.ts). */
function valueSchema(name: ParamName): Record<string, unknown> {
  switch (name) {
    case "format":
      return { type: "string", enum: ["json", "csv"], default: "json" };
    case "page":
      return { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 };
    case "per_page":
      return { type: "integer", minimum: 1, maximum: MAX_PER_PAGE, default: DEFAULT_PER_PAGE };
    case "year":
      return { type: "integer", minimum: MIN_YEAR, maximum: MAX_YEAR };
    case "from":
    case "to":
      return { type: "string", pattern: PERIOD_PATTERN };
    default:
      return { type: "string" };
  }
}

function parameter(name: ParamName) {
  const { description, example } = PARAM_DOCS[name];
  const list = LIST_PARAMS.has(name);
  return {
    name,
    in: "query",
    required: false,
    description,
    // A list is its name repeated, one value each (unit=a&unit=b); the server takes commas too.
    ...(list ? { schema: { type: "array", items: valueSchema(name) }, style: "form", explode: true } : { schema: valueSchema(name) }),
    example,
  };
}

const problemResponse = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});

/**
 * The document as served at /api/v1/openapi.json. Its server is relative, the
 * API beside the document, so it is right at whatever address the app is
 * reached (behind any proxy). Public: no operation asks for credentials.
 */
export function openApiDocument(licence: { name: string; url: string }) {
  return {
    openapi: "3.1.0",
    info: {
      title: "Provincial digital transformation: open data",
      version: "1.0.0",
      description:
        "Read-only access to the published figures, targets and DTI results of the provincial digital transformation dashboard. Only figures of published reports appear. Every list is paged (page, per_page); answers carry an ETag and a Last-Modified date (the last change to published data) for conditional requests, come compressed (gzip or br) when asked, and may be cached for 30 seconds.",
      license: licence,
    },
    servers: [{ url: "/api/v1", description: "This server: the API beside this document." }],
    security: [],
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
                    "Last-Modified": { schema: { type: "string" }, description: "When the published data last changed (an HTTP-date)." },
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
                "304": { description: "Not modified: If-None-Match names the current ETag, or If-Modified-Since is no earlier than Last-Modified." },
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
