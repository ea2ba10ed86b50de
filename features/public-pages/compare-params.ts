// The comparison view's state lives in the URL: ?p=an-giang&p=hau-giang&pillar=SOC.

export interface CompareParams {
  provinces: string[];
  pillar: string;
}

export const DEFAULT_PILLAR = "SOC";
const MAX_PROVINCES = 6;

/**
 * Reads the chosen provinces and pillar, keeping only known ones. No choice
 * (or only unknown ones) falls back to the first two reporting provinces.
 */
export function parseCompareParams(
  search: Record<string, string | string[] | undefined>,
  known: { provinces: readonly string[]; pillars: readonly string[] },
): CompareParams {
  const asList = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []).flatMap((s) => s.split(","));
  const chosen = [...new Set(asList(search.p).map((s) => s.trim()))].filter((s) => known.provinces.includes(s));
  const provinces = (chosen.length > 0 ? chosen : known.provinces.slice(0, 2)).slice(0, MAX_PROVINCES);
  const pillarParam = asList(search.pillar)[0]?.trim().toUpperCase();
  const pillar = pillarParam && known.pillars.includes(pillarParam) ? pillarParam : known.pillars.includes(DEFAULT_PILLAR) ? DEFAULT_PILLAR : (known.pillars[0] ?? DEFAULT_PILLAR);
  return { provinces, pillar };
}

export function compareHref(params: CompareParams): string {
  const query = new URLSearchParams();
  for (const p of params.provinces) query.append("p", p);
  query.set("pillar", params.pillar);
  return `/compare?${query.toString()}`;
}
