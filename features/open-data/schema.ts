// The open-data API's resources: the query parameters each accepts and the
// columns each answers with, in order. The API's answers (JSON and CSV), its
// OpenAPI document and its documentation page are all built from this one
// table, so they cannot disagree.

export const RESOURCES = ["indicators", "units", "observations", "targets", "dti-results"] as const;
export type Resource = (typeof RESOURCES)[number];

export type ParamName = "unit" | "indicator" | "pillar" | "from" | "to" | "year" | "format" | "page" | "per_page";

export type ColumnType = "string" | "number" | "integer" | "date" | "string[]";

export interface Column {
  name: string;
  type: ColumnType;
  nullable?: boolean;
  /** What the column holds, in English (the API's language; the documentation page says it in both). */
  description: string;
  /** The language of the column's text where it is always the same: Vietnamese names, notes and quotes. */
  lang?: "vi";
}

const source: Column[] = [
  { name: "source_key", type: "string", description: "Stable identifier of the source." },
  { name: "source_title", type: "string", description: "Title of the document, article or report the figure is taken from, in its own language." },
  { name: "source_title_en", type: "string", nullable: true, description: "The title in English, where the source is not in English." },
  { name: "source_date", type: "date", nullable: true, description: "Date the source was published (YYYY-MM-DD)." },
  { name: "source_url", type: "string", nullable: true, description: "Where the source can be read." },
];

const paging: ParamName[] = ["format", "page", "per_page"];

export const RESOURCE_SPECS: Record<Resource, { summary: string; params: ParamName[]; columns: Column[] }> = {
  indicators: {
    summary: "Indicators of digital government, digital economy and digital society, with their definitions.",
    params: ["pillar", ...paging],
    columns: [
      { name: "code", type: "string", description: "Stable indicator code, e.g. SOC_SMARTPHONE." },
      { name: "pillar", type: "string", description: "Pillar code: GOV, ECON, SOC, or INFRA for the foundations." },
      { name: "name_vi", type: "string", description: "Name in Vietnamese.", lang: "vi" },
      { name: "name_en", type: "string", description: "Name in English." },
      { name: "definition_vi", type: "string", nullable: true, description: "Definition in Vietnamese.", lang: "vi" },
      { name: "definition_en", type: "string", nullable: true, description: "Definition in English." },
      { name: "unit", type: "string", description: "PERCENT, COUNT, SCORE, RANK or POINTS." },
      { name: "direction", type: "string", description: "HIGHER_IS_BETTER or LOWER_IS_BETTER." },
      { name: "periodicity", type: "string", description: "How often it is reported: QUARTERLY or ANNUAL." },
      { name: "decision", type: "string", nullable: true, description: "The decision that defines it, e.g. 411/QĐ-TTg." },
    ],
  },
  units: {
    summary: "Provinces and cities, including those dissolved by the 2025 merger, with what they became.",
    params: paging,
    columns: [
      { name: "slug", type: "string", description: "Stable unit identifier, e.g. an-giang." },
      { name: "name_vi", type: "string", description: "Name in Vietnamese.", lang: "vi" },
      { name: "name_en", type: "string", description: "Name in English." },
      { name: "kind", type: "string", description: "province or city." },
      { name: "valid_from", type: "date", nullable: true, description: "First day the unit existed in this form, where known." },
      { name: "valid_to", type: "date", nullable: true, description: "Last day the unit existed; empty for units that exist today." },
      { name: "successor", type: "string", nullable: true, description: "Slug of the unit it merged into." },
      { name: "predecessors", type: "string[]", description: "Slugs of the units merged into it (in CSV separated by ';')." },
    ],
  },
  observations: {
    summary: "Published figures: one per unit, indicator and period, with its source. Figures not yet published never appear.",
    params: ["unit", "indicator", "pillar", "from", "to", ...paging],
    columns: [
      { name: "unit", type: "string", description: "Unit slug." },
      { name: "indicator", type: "string", description: "Indicator code." },
      { name: "pillar", type: "string", description: "Pillar code of the indicator." },
      { name: "period", type: "string", description: "Reporting period: 2024, 2024-H1 or 2024-Q3." },
      { name: "period_end", type: "date", description: "Last day of the period." },
      { name: "value", type: "number", description: "The figure, in the indicator's unit (a percentage as 66.2)." },
      { name: "qualifier", type: "string", description: "EXACT, or how the source words it: MORE_THAN, LESS_THAN, APPROXIMATELY. A figure that is not EXACT is a range: no exact difference may be computed from it." },
      { name: "as_of", type: "date", nullable: true, description: "For a to-date figure, the day it stands at, before the period ends (e.g. the first ten months of a quarter's year)." },
      { name: "out_of", type: "integer", nullable: true, description: "For a rank, how many units were ranked (63 provinces before 2025-07-01, 34 after). Ranks out of different numbers are not comparable." },
      { name: "note", type: "string", nullable: true, description: "Note by whoever entered it.", lang: "vi" },
      { name: "source_sentence", type: "string", nullable: true, description: "The source's own sentence the figure is taken from.", lang: "vi" },
      { name: "conflict", type: "string", nullable: true, description: "Another source's different figure and why this one stands.", lang: "vi" },
      ...source,
    ],
  },
  targets: {
    summary: "Targets for 2025 and 2030: the province's own, or the national one where it set none.",
    params: ["unit", "indicator", "pillar", ...paging],
    columns: [
      { name: "unit", type: "string", description: "Unit slug." },
      { name: "indicator", type: "string", description: "Indicator code." },
      { name: "year", type: "integer", description: "Target year." },
      { name: "comparator", type: "string", description: "GTE (at least), LTE (at most), GT, LT or EQ." },
      { name: "value", type: "number", description: "Target value, in the indicator's unit." },
      { name: "scope", type: "string", description: "PROVINCIAL or NATIONAL." },
      { name: "note", type: "string", nullable: true, description: "Note on the target.", lang: "vi" },
      ...source,
    ],
  },
  "dti-results": {
    summary: "The national Digital Transformation Index (DTI) ranks and scores of every province, as published.",
    params: ["unit", "year", ...paging],
    columns: [
      { name: "unit", type: "string", description: "Unit slug." },
      { name: "year", type: "integer", description: "Year assessed." },
      { name: "rank", type: "integer", nullable: true, description: "Overall rank." },
      { name: "ranked_count", type: "integer", nullable: true, description: "Number of provinces ranked that year." },
      { name: "score", type: "number", nullable: true, description: "Overall score (0–1)." },
      { name: "gov_score", type: "number", nullable: true, description: "Digital government score." },
      { name: "gov_rank", type: "integer", nullable: true, description: "Digital government rank." },
      { name: "econ_score", type: "number", nullable: true, description: "Digital economy score." },
      { name: "econ_rank", type: "integer", nullable: true, description: "Digital economy rank." },
      { name: "soc_score", type: "number", nullable: true, description: "Digital society score." },
      { name: "soc_rank", type: "integer", nullable: true, description: "Digital society rank." },
      { name: "region_rank", type: "integer", nullable: true, description: "Rank within its region." },
      { name: "note", type: "string", nullable: true, description: "Note on the result, in Vietnamese.", lang: "vi" },
      { name: "note_en", type: "string", nullable: true, description: "The note in English." },
      {
        name: "unverified",
        type: "string[]",
        description: "Columns of this row that no reference confirms, shown marked as unverified (in CSV separated by ';'); empty when every value is confirmed.",
      },
      ...source,
      { name: "also_source_key", type: "string", nullable: true, description: "A second source for part of the row's values; the note says which." },
      { name: "also_source_url", type: "string", nullable: true, description: "Where the second source can be read." },
    ],
  },
};

export const DEFAULT_PER_PAGE = 100;
export const MAX_PER_PAGE = 1000;
/** A page number is read as at most nine digits. */
export const MAX_PAGE = 999_999_999;

/** Parameters that take several values, repeated (`unit=a&unit=b`) or separated by commas. */
export const LIST_PARAMS: ReadonlySet<ParamName> = new Set(["unit", "indicator", "pillar", "year"]);

/** What each parameter is, in English; the example is a value of the parameter's type (a list for a list). */
export const PARAM_DOCS: Record<ParamName, { description: string; example: unknown }> = {
  unit: { description: "Unit slugs: repeat the parameter (unit=an-giang&unit=hau-giang) or separate them by commas.", example: ["an-giang", "hau-giang"] },
  indicator: { description: "Indicator codes: repeat the parameter or separate them by commas.", example: ["SOC_SMARTPHONE"] },
  pillar: { description: "Pillar codes (GOV, ECON, SOC, INFRA): repeat the parameter or separate them by commas.", example: ["SOC"] },
  from: { description: "First period: figures of periods ending on or after its first day (2023, 2023-H1 or 2023-Q2).", example: "2023" },
  to: { description: "Last period: figures of periods ending on or before its last day; it may not end before from begins.", example: "2025-Q2" },
  year: { description: "Years: repeat the parameter (year=2021&year=2022) or separate them by commas.", example: [2022] },
  format: { description: "json (default) or csv.", example: "csv" },
  page: { description: "Page number, from 1; a page past the last is empty.", example: 1 },
  per_page: { description: `Rows per page, 1 to ${MAX_PER_PAGE} (default ${DEFAULT_PER_PAGE}).`, example: 100 },
};

export function isResource(name: string): name is Resource {
  return (RESOURCES as readonly string[]).includes(name);
}
