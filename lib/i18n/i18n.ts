// Everything a page needs to speak one language: its catalogue, names of
// records in that language, numbers, periods and dates as the locale writes
// them, and addresses in that language. Built once per language.
import { formatDate, formatNumber, formatValue, type Locale, type Qualifier, type Unit } from "@/lib/domain/format";
import type { Change } from "@/lib/domain/change";
import { en } from "@/lib/i18n/en";
import { vi, type Messages } from "@/lib/i18n/messages";
import { localePath } from "@/lib/i18n/paths";
import { labelPeriod } from "@/lib/i18n/periods";

/** A record named in both languages (units, pillars, indicators). */
export type Named = { nameVi: string; nameEn: string | null };

/**
 * A source's title as a reader of this language should see it: the title as
 * published, in the language it was published in (a source whose English
 * title is its own title is English), and on English pages the English
 * rendering of a Vietnamese title, to put in brackets after it.
 */
export type SourceTitle = { title: string; lang: Locale; translation: string | null };

export interface I18n {
  locale: Locale;
  m: Messages;
  /** Open Graph's spelling of the locale. */
  ogLocale: string;
  name(record: Named): string;
  definition(record: { definitionVi?: string | null; definitionEn?: string | null }): string | null;
  /** A text stored in both languages; the other language stands in when this one is missing. */
  text(vi: string | null | undefined, en: string | null | undefined): string | null;
  sourceTitle(source: { title: string; titleEn: string | null }): SourceTitle;
  period(code: string, short?: boolean): string;
  value(value: number, unit: Unit): string;
  qualified(value: number, unit: Unit, qualifier: Qualifier): string;
  /** A stored figure as the source states it, a rank with how many were ranked: "hơn 70.000", "21/34". */
  figure(figure: { value: number; qualifier: Qualifier; outOf?: number | null }, unit: Unit): string;
  /** A figure's period, with the day a to-date figure stands at: "Quý 4/2025, đến 31/10/2025". */
  periodOf(figure: { period: string; asOf?: Date | null }, short?: boolean): string;
  number(value: number, maxFractionDigits?: number): string;
  /** A distance between figures, without sign: percentage points for a percentage ("2,1 điểm %", "1 percentage point"), else the unit's own format. */
  difference(value: number, unit: Unit): string;
  /** A change between two figures with its sign, as much as they support: "+5,55 điểm %", "tăng ít nhất 441", "≈ +800", or that it is not exactly known; "(hai kỳ khác loại)" between a year and a quarter. */
  change(change: Change, unit: Unit): string;
  date(date: Date, timeZone?: string): string;
  /** The address of a Vietnamese path in this language. */
  href(path: string): string;
}

const CATALOGUES: Record<Locale, Messages> = { vi, en };

function build(locale: Locale): I18n {
  const pick = (viText: string | null | undefined, enText: string | null | undefined) =>
    (locale === "en" ? enText || viText : viText || enText) ?? null;
  const difference = (value: number, unit: Unit) => {
    if (unit !== "PERCENT") return formatValue(value, unit, locale);
    const points = CATALOGUES[locale].common.percentagePoints;
    // Singular only for what is shown as exactly 1 (to two decimals, as formatNumber rounds).
    return `${formatNumber(value, locale)} ${Math.round(value * 100) === 100 ? points.one : points.other}`;
  };
  /** "hơn 67.500", "nearly 2,200": a figure with the word its source used. */
  const qualified = (value: number, unit: Unit, qualifier: Qualifier) => {
    const formatted = formatValue(value, unit, locale);
    return qualifier === "EXACT" ? formatted : `${CATALOGUES[locale].qualifier[qualifier]} ${formatted}`;
  };
  return {
    locale,
    m: CATALOGUES[locale],
    ogLocale: locale === "vi" ? "vi_VN" : "en_GB",
    name: (record) => pick(record.nameVi, record.nameEn) ?? "",
    definition: (record) => pick(record.definitionVi, record.definitionEn),
    text: pick,
    sourceTitle: ({ title, titleEn }) => {
      const english = titleEn === title;
      return { title, lang: english ? "en" : "vi", translation: locale === "en" && titleEn && !english ? titleEn : null };
    },
    period: (code, short = false) => labelPeriod(code, locale, short),
    value: (value, unit) => formatValue(value, unit, locale),
    qualified,
    figure: ({ value, qualifier, outOf }, unit) => `${qualified(value, unit, qualifier)}${unit === "RANK" && outOf ? `/${formatNumber(outOf, locale, 0)}` : ""}`,
    periodOf: ({ period, asOf }, short = false) =>
      `${labelPeriod(period, locale, short)}${asOf ? `, ${CATALOGUES[locale].common.toDate(formatDate(asOf, locale))}` : ""}`,
    number: (value, maxFractionDigits) => formatNumber(value, locale, maxFractionDigits),
    difference,
    change(change, unit) {
      const words = CATALOGUES[locale].common.change;
      const signed = (value: number) => (value === 0 ? "0" : `${value > 0 ? "+" : "−"}${difference(Math.abs(value), unit)}`);
      const amount = (() => {
        switch (change.shape) {
          case "EXACT":
            return signed(change.value ?? 0);
          case "ABOUT":
            return `${words.about} ${signed(change.value ?? 0)}`;
          case "AT_LEAST":
            return words.atLeastUp(difference(Math.abs(change.value ?? 0), unit));
          case "AT_MOST":
            return words.atMostDown(difference(Math.abs(change.value ?? 0), unit));
          case "UNKNOWN":
            return change.unknownBecause === "OUT_OF" ? words.otherOutOf : words.unknown;
        }
      })();
      const notes = [change.samePeriodKind ? null : words.otherKind, change.partial ? words.partial : null].filter(Boolean);
      return notes.length > 0 ? `${amount} (${notes.join("; ")})` : amount;
    },
    date: (date, timeZone) => formatDate(date, locale, timeZone),
    href: (path) => localePath(path, locale),
  };
}

const BUILT: Record<Locale, I18n> = { vi: build("vi"), en: build("en") };

export const i18nFor = (locale: Locale): I18n => BUILT[locale];
