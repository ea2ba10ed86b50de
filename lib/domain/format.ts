export type Locale = "vi" | "en";
export type Unit = "PERCENT" | "COUNT" | "SCORE" | "RANK" | "POINTS";

/** Units measured on a 0–100 scale: drawn and compared against that scale. */
export const onHundredScale = (unit: Unit) => unit === "PERCENT" || unit === "POINTS";

const POINT_WORD: Record<Locale, string> = { vi: "điểm", en: "points" };
export type Qualifier = "EXACT" | "MORE_THAN" | "LESS_THAN" | "APPROXIMATELY";

const INTL_LOCALE: Record<Locale, string> = { vi: "vi-VN", en: "en-GB" };

export function formatNumber(value: number, locale: Locale, maxFractionDigits = 2): string {
  return formatDigits(value, locale, 0, maxFractionDigits);
}

function formatDigits(value: number, locale: Locale, minFractionDigits: number, maxFractionDigits: number): string {
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    minimumFractionDigits: minFractionDigits,
    maximumFractionDigits: maxFractionDigits,
    // Without this, -0.001 rounds to "-0".
    signDisplay: "negative",
  }).format(value);
}

export function formatValue(value: number, unit: Unit, locale: Locale): string {
  switch (unit) {
    case "PERCENT":
      return `${formatNumber(value, locale)}%`;
    case "SCORE":
      return formatDigits(value, locale, 4, 4);
    case "POINTS":
      return `${formatNumber(value, locale)} ${POINT_WORD[locale]}`;
    case "COUNT":
    case "RANK":
      return formatNumber(value, locale, 0);
  }
}

const DATE_FORMATS: Record<Locale, Intl.DateTimeFormatOptions> = {
  vi: { day: "2-digit", month: "numeric", year: "numeric" },
  en: { day: "numeric", month: "short", year: "numeric" },
};

/** A calendar date as the locale writes it: "01/7/2025", "1 Jul 2025". Stored dates are UTC midnights unless `timeZone` says otherwise. */
export function formatDate(date: Date, locale: Locale, timeZone = "UTC"): string {
  return new Intl.DateTimeFormat(INTL_LOCALE[locale], { ...DATE_FORMATS[locale], timeZone }).format(date);
}

/** A label inside a sentence: "Năm 2023" → "so với năm 2023". */
export const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

const SPACES = /[\s\u00a0\u202f]/g;
const GROUPED: Record<string, RegExp> = { ".": /^\d{1,3}(?:\.\d{3})+$/, ",": /^\d{1,3}(?:,\d{3})+$/, " ": /^\d{1,3}(?: \d{3})+$/ };

/**
 * Reads a number typed in Vietnamese ("6.874,5") or English ("6,874.5") style.
 * When "." and "," both appear, the last one is the decimal mark. A lone "."
 * or "," is always a decimal mark ("1.506" is 1.506); the same mark repeated is
 * a thousands separator, valid only in groups of three ("1.506.000").
 * Spaces may separate thousands; a trailing "%" is dropped.
 */
export function parseDecimal(input: string): number | null {
  const text = input.trim().replace(/\s*%$/, "").replace(SPACES, " ");
  const match = /^([+-]?)([\d., ]+)$/.exec(text);
  if (!match) return null;
  const sign = match[1] === "-" ? -1 : 1;
  const body = match[2] ?? "";

  const decimalMark = findDecimalMark(body);
  if (decimalMark === undefined) return null;
  const [whole = "", fraction, ...rest] = decimalMark ? body.split(decimalMark) : [body];
  if (rest.length > 0) return null;
  if (fraction !== undefined && !/^\d+$/.test(fraction)) return null;

  const integerDigits = ungroup(whole);
  if (integerDigits === null || (integerDigits === "" && fraction === undefined)) return null;
  const magnitude = Number(`${integerDigits || "0"}.${fraction ?? "0"}`);
  return magnitude === 0 ? 0 : sign * magnitude;
}

/** null: no decimal mark; undefined: the marks contradict each other. */
function findDecimalMark(body: string): "." | "," | null | undefined {
  const dots = count(body, ".");
  const commas = count(body, ",");
  if (dots > 0 && commas > 0) {
    const mark = body.lastIndexOf(".") > body.lastIndexOf(",") ? "." : ",";
    return count(body, mark) === 1 ? mark : undefined;
  }
  if (dots === 1) return ".";
  if (commas === 1) return ",";
  return null;
}

function ungroup(whole: string): string | null {
  if (/^\d*$/.test(whole)) return whole;
  const separators = new Set(whole.replace(/\d/g, ""));
  const [separator] = separators;
  if (separators.size !== 1 || !separator) return null;
  const pattern = GROUPED[separator];
  return pattern?.test(whole) ? whole.replace(/\D/g, "") : null;
}

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}
