// A value kept in Next's data cache is stored as JSON, which would hand back
// a Date as a string, NaN as null and drop `undefined`. The published reads
// (features/published/published.ts) go through these two so that what comes out of the
// cache is exactly what went in: dates stay dates, a figure stays a figure.

const TAG = "$cacheable";
type Encoded = { [TAG]: "date"; v: string } | { [TAG]: "number"; v: "NaN" | "Infinity" | "-Infinity" } | { [TAG]: "undefined" };

/** A JSON-safe copy of `value`; throws on what JSON cannot carry back (maps, sets, big integers, class instances). */
export function encodeCacheable(value: unknown): unknown {
  if (value === undefined) return { [TAG]: "undefined" } satisfies Encoded;
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (Number.isFinite(value)) return value;
    return { [TAG]: "number", v: Number.isNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity" } satisfies Encoded;
  }
  if (value instanceof Date) return { [TAG]: "date", v: value.toISOString() } satisfies Encoded;
  if (Array.isArray(value)) return value.map(encodeCacheable);
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === TAG) throw new Error(`A cached value may not have a key named ${TAG}`);
      out[key] = encodeCacheable(item);
    }
    return out;
  }
  throw new Error(`Cannot keep a ${Object.prototype.toString.call(value)} in the data cache`);
}

/** The value `encodeCacheable` was given, from its JSON-safe copy. */
export function decodeCacheable(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map(decodeCacheable);
  const tagged = value as Partial<Encoded>;
  if (tagged[TAG] === "date") return new Date((tagged as { v: string }).v);
  if (tagged[TAG] === "number") return Number((tagged as { v: string }).v);
  if (tagged[TAG] === "undefined") return undefined;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = decodeCacheable(item);
  return out;
}
