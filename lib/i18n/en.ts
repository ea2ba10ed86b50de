// The English dictionary: the same shape as `vi` in lib/i18n/messages.ts
// (`Messages` is the contract, so a missing key or a changed signature fails
// the type check). British spelling; dates as "1 July 2025".
import { errorMessages } from "@/lib/i18n/error-messages";
import type { Messages } from "@/lib/i18n/messages";
import * as publicPages from "@/features/public-pages/messages";
import * as openData from "@/features/open-data/messages";
import * as auth from "@/features/auth/messages";
import * as entry from "@/features/entry/messages";
import * as review from "@/features/review/messages";
import * as mail from "@/features/mail/messages";
import * as account from "@/features/account/messages";
import * as admin from "@/features/admin/messages";
import * as importing from "@/features/import/messages";
import * as progressReport from "@/features/progress-report/messages";

export const en: Messages = {
  site: {
    title: "Provincial digital transformation",
    shortTitle: "Digital transformation",
    tagline: "Tracking digital government, digital economy and digital society against the 2025 and 2030 targets",
    skipToContent: "Skip to main content",
    nav: { overview: "Overview", indicators: "Indicators", compare: "Compare", rankings: "DTI rankings", data: "Open data" },
    navLabel: "Main navigation",
    languageSwitch: "view this page in Vietnamese",
    footer:
      "Every figure states its source and reporting period. Only figures approved and published by the competent authority are shown publicly.",
  },
  common: {
    noData: "No data yet",
    source: "Source",
    sources: "Data sources",
    period: "Period",
    target: "Target",
    value: "Value",
    indicator: "Indicator",
    status: "Status",
    note: "Note",
    province: "Province or city",
    unit: "Unit",
    latest: "Latest figure",
    otherTargets: "Other targets",
    gapTo: (year: number) => `Short of the ${year} target`,
    national: "national target",
    provincial: "provincial target",
    carriedFrom: (unit: string) => `target of ${unit}, before the merger`,
    passedOn: (year: number, unit: string) => `The ${year} target passed to ${unit}, which carries this unit on; a unit merged away is not judged on it.`,
    downloadCsv: "Download data (CSV)",
    showTable: "Data table",
    chart: "Chart",
    decision: "Governing document",
    asOf: "Assessed as of",
    toDate: (date: string) => `to ${date}`,
    percentagePoints: { one: "percentage point", other: "percentage points" },
    change: {
      atLeastUp: (amount: string) => `up at least ${amount}`,
      atMostDown: (amount: string) => `down at least ${amount}`,
      about: "≈",
      unknown: "not exactly comparable: a figure is approximate",
      otherKind: "periods of different kinds",
      otherOutOf: "not comparable: ranks out of different numbers of units",
      partial: "a to-date figure",
    },
    approximately: "≈",
    perQuarter: "per quarter",
    viewScorecard: "View scorecard",
    backToOverview: "Back to the overview",
    scrollHint: "Swipe the table sideways to see more columns →",
  },
  periods: {
    YEAR: (year: number) => String(year),
    HALF: (half: number, year: number) => `H${half} ${year}`,
    QUARTER: (quarter: number, year: number) => `Q${quarter} ${year}`,
    short: {
      YEAR: (year: number) => String(year),
      HALF: (half: number, year: number) => `H${half} ${year}`,
      QUARTER: (quarter: number, year: number) => `Q${quarter} ${year}`,
    },
  },
  units: { PERCENT: "%", COUNT: "count", SCORE: "score (0–1)", RANK: "rank", POINTS: "points (out of 100)" },
  pillarsHeading: "The three pillars and the foundation",
  status: {
    ACHIEVED: "Target achieved",
    ON_TRACK: "On track",
    ACCELERATION_NEEDED: "Acceleration needed",
    LIMITED_PROGRESS: "Limited progress",
    DETERIORATION: "Deteriorating",
    NOT_ACHIEVED: "Target not achieved",
    UNABLE_TO_ASSESS: "Not yet assessable",
  },
  reason: {
    NO_TARGET: "no target yet",
    NO_DATA: "no data yet",
    ONE_OBSERVATION: "only one period of data so far",
    NO_DATA_FOR_TARGET_YEAR: "no data yet for the target year",
    NO_TIME_ELAPSED: "the periods of data fall at the same point in time",
  },
  finalVerdict: (year: number) => `${year} has ended`,
  qualifier: { EXACT: "", MORE_THAN: "more than", LESS_THAN: "less than", APPROXIMATELY: "nearly" },
  work: {
    title: "Work area",
    forbidden: "You do not have permission to do this.",
    fixErrors: "Not saved: some figures are invalid. Please correct the highlighted fields.",
    conflict:
      "Not saved: someone else has just updated some indicators. Their figures are shown next to the input fields; the figures you entered have been kept.",
    locked: "This report has been submitted, approved or published, so it can no longer be edited.",
    saved: "Draft saved.",
    submitted: "Report submitted for approval.",
    transitioned: "Report status updated.",
    window: {
      NOT_STARTED: "This period has not started yet, so figures cannot be entered.",
      BEFORE_UNIT: "This period is before the administrative unit was established.",
      AFTER_UNIT: "This administrative unit was merged on 1 July 2025; this period belongs to the new unit.",
    },
  },
  errors: {
    ...errorMessages.en,
    notFoundTitle: "Page not found",
    notFoundBody: "The page you are looking for does not exist or has been moved.",
  },
  ...publicPages.en,
  ...openData.en,
  ...auth.en,
  ...entry.en,
  ...review.en,
  ...mail.en,
  ...account.en,
  ...admin.en,
  ...importing.en,
  ...progressReport.en,
};
