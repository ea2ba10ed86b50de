// A reporting period in the words of a locale: "Quý 3/2025", "6 tháng đầu
// năm 2023", "Q3 2025". The period itself is a code (lib/domain/period.ts).
import { parsePeriod, type Period } from "@/lib/domain/period";
import { en } from "@/lib/i18n/en";
import { vi } from "@/lib/i18n/messages";

type Locale = "vi" | "en";
const WORDS = { vi: vi.periods, en: en.periods };

const inWords = (p: Period, words: typeof vi.periods | typeof vi.periods.short) =>
  p.type === "YEAR" ? words.YEAR(p.year) : words[p.type](p.index, p.year);

export function formatPeriod(p: Period, locale: Locale): string {
  return inWords(p, WORDS[locale]);
}

/** For tight places such as a bar label: "2022", "6T đầu 2023", "Q2/2023". */
export function formatPeriodShort(p: Period, locale: Locale): string {
  return inWords(p, WORDS[locale].short);
}

/** A stored period code in words ("2023-H1" → "6 tháng đầu năm 2023"); a code that does not parse is shown as it is. */
export function labelPeriod(code: string, locale: Locale, short = false): string {
  const period = parsePeriod(code);
  if (!period) return code;
  return short ? formatPeriodShort(period, locale) : formatPeriod(period, locale);
}
