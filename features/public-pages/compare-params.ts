// The comparison view's state lives in the URL: ?p=an-giang&p=hau-giang&pillar=SOC.
// The indicator pages and the rankings chart name their units the same way.

export interface CompareParams {
  provinces: string[];
  pillar: string;
}

/** A URL's query, as a route handler (URLSearchParams) or a page (`searchParams`) has it. */
export type SearchInput = URLSearchParams | Record<string, string | string[] | undefined>;

export const DEFAULT_PILLAR = "SOC";
/** The most units one chart draws: more lines or bars than this cannot be told apart. */
export const MAX_UNITS = 6;

/** A parameter's values, repeated (`p=a&p=b`) or comma-separated (`p=a,b`), trimmed, in order. */
function listParam(search: SearchInput, name: string): string[] {
  const raw = search instanceof URLSearchParams ? search.getAll(name) : search[name];
  return (Array.isArray(raw) ? raw : raw ? [raw] : []).flatMap((s) => s.split(",")).map((s) => s.trim());
}

/** The units a URL's `p` names, in order, once each; whether they exist is the reader's to check. */
export function unitParams(search: SearchInput): string[] {
  return [...new Set(listParam(search, "p"))];
}

/**
 * Reads the chosen provinces and pillar, keeping only known ones. No choice
 * (or only unknown ones) falls back to the first two reporting provinces.
 */
export function parseCompareParams(search: SearchInput, known: { provinces: readonly string[]; pillars: readonly string[] }): CompareParams {
  const chosen = unitParams(search).filter((s) => known.provinces.includes(s));
  const provinces = (chosen.length > 0 ? chosen : known.provinces.slice(0, 2)).slice(0, MAX_UNITS);
  const pillarParam = listParam(search, "pillar")[0]?.toUpperCase();
  const pillar = pillarParam && known.pillars.includes(pillarParam) ? pillarParam : known.pillars.includes(DEFAULT_PILLAR) ? DEFAULT_PILLAR : (known.pillars[0] ?? DEFAULT_PILLAR);
  return { provinces, pillar };
}

export function compareHref(params: CompareParams): string {
  const query = new URLSearchParams();
  for (const p of params.provinces) query.append("p", p);
  query.set("pillar", params.pillar);
  return `/compare?${query.toString()}`;
}
