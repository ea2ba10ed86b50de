// What an administrator may write about users, units, indicators and targets.
// The forms post strings; these schemas turn them into checked values, with a
// message at each field. Used by the admin actions (and the form again in the
// browser), so the rules live in one place.
import { z } from "zod";
import { parseDecimal } from "@/lib/domain/format";
import { cleanText } from "@/lib/domain/text";
import { ROLES, unitFitsRole } from "@/lib/security/authorization";
import { PERIOD_KINDS, RULE_LIMITS } from "@/lib/domain/deadline";
import { vi as words } from "@/features/admin/messages";
import { recordId } from "@/lib/domain/record-id";

export const UNITS = ["PERCENT", "COUNT", "SCORE", "RANK", "POINTS"] as const;
export const DIRECTIONS = ["HIGHER_IS_BETTER", "LOWER_IS_BETTER"] as const;
export const PERIODICITIES = ["QUARTERLY", "ANNUAL"] as const;
export const COMPARATORS = ["GT", "GTE", "EQ", "LTE", "LT"] as const;
export const SCOPES = ["PROVINCIAL", "NATIONAL"] as const;
export const UNIT_KINDS = ["province", "city"] as const;

const M = words.admin.errors;

const text = (max: number) => z.string().transform((s) => cleanText(s).trim()).pipe(z.string().min(1, M.required).max(max, M.tooLong(max)));
const optionalText = (max: number) =>
  z
    .string()
    .optional()
    .transform((s) => cleanText(s ?? "").trim())
    .pipe(z.string().max(max, M.tooLong(max)))
    .transform((s) => (s === "" ? null : s));
const choice = <T extends readonly [string, ...string[]]>(values: T) => z.enum(values, { error: M.choose });
/** A select of records: its value is an id, "" for none. */
const optionalId = z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (!s) return null;
    const id = recordId(s);
    if (id === null) {
      ctx.addIssue({ code: "custom", message: M.choose });
      return z.NEVER;
    }
    return id;
  });
const id = optionalId.refine((v) => v !== null, M.choose).transform((v) => v as number);
const optionalNumber = z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (!s?.trim()) return null;
    const value = parseDecimal(s);
    if (value === null) {
      ctx.addIssue({ code: "custom", message: M.number });
      return z.NEVER;
    }
    return value;
  });
const optionalDate = z
  .string()
  .optional()
  .transform((s, ctx) => {
    if (!s?.trim()) return null;
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
    const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
    if (!date || date.toISOString().slice(0, 10) !== s.trim()) {
      ctx.addIssue({ code: "custom", message: M.date });
      return z.NEVER;
    }
    return date;
  });
/** A checkbox posts "on" when ticked and nothing otherwise. */
const checkbox = z
  .string()
  .optional()
  .transform((s) => s === "on" || s === "true");

export const userSchema = z
  .object({
    email: z.string().trim().toLowerCase().pipe(z.email(M.email).max(200, M.tooLong(200))),
    name: text(200),
    role: choice(ROLES),
    provinceId: optionalId,
  })
  .refine((u) => unitFitsRole(u.role, u.provinceId), { message: M.unitForRole, path: ["provinceId"] });
export type UserInput = z.output<typeof userSchema>;

export const passwordSchema = z
  .object({
    token: z.string().min(1),
    password: z.string().min(10, M.password).max(200, M.tooLong(200)),
    confirm: z.string(),
  })
  .refine((p) => p.password === p.confirm, { message: M.passwordsDiffer, path: ["confirm"] });

export const unitSchema = z
  .object({
    slug: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, M.slug).max(60, M.tooLong(60)),
    nameVi: text(200),
    nameEn: text(200),
    kind: choice(UNIT_KINDS),
    validFrom: optionalDate,
    validTo: optionalDate,
    successorId: optionalId,
  })
  .refine((u) => !u.validFrom || !u.validTo || u.validTo > u.validFrom, { message: M.dateOrder, path: ["validTo"] });
export type UnitInput = z.output<typeof unitSchema>;

export const indicatorSchema = z
  .object({
    code: z.string().trim().regex(/^[A-Z0-9]+(_[A-Z0-9]+)*$/, M.code).max(60, M.tooLong(60)),
    pillarId: id,
    nameVi: text(300),
    nameEn: text(300),
    definitionVi: optionalText(2000),
    definitionEn: optionalText(2000),
    unit: choice(UNITS),
    direction: choice(DIRECTIONS),
    minValue: optionalNumber,
    maxValue: optionalNumber,
    periodicity: choice(PERIODICITIES),
    isHeadline: checkbox,
    decision: optionalText(300),
  })
  .refine((i) => i.minValue === null || i.maxValue === null || i.minValue < i.maxValue, { message: M.bounds, path: ["maxValue"] });
export type IndicatorInput = z.output<typeof indicatorSchema>;

export const targetSchema = z.object({
  provinceId: id,
  indicatorId: id,
  year: z
    .string()
    .trim()
    .regex(/^\d{4}$/, M.year)
    .transform(Number)
    .pipe(z.number().int().min(2020, M.year).max(2050, M.year)),
  comparator: choice(COMPARATORS),
  value: optionalNumber.refine((v) => v !== null, M.required).transform((v) => v as number),
  scope: choice(SCOPES),
  sourceTitle: text(500),
  sourceUrl: optionalText(500).refine((u) => u === null || /^https?:\/\/\S+$/.test(u), M.url),
  note: optionalText(1000),
});
export type TargetInput = z.output<typeof targetSchema>;

/** A whole number of days in a range, as a form posts it. */
const days = (limits: { min: number; max: number }) =>
  z
    .string()
    .trim()
    .regex(/^\d{1,3}$/, M.daysRange(limits.min, limits.max))
    .transform(Number)
    .pipe(z.number().int().min(limits.min, M.daysRange(limits.min, limits.max)).max(limits.max, M.daysRange(limits.min, limits.max)));

/** When each kind of period's report is counted to and due: for every unit (no unit chosen) or for one. */
export const deadlineSchema = z.object({
  provinceId: optionalId,
  periodKind: choice(PERIOD_KINDS),
  cutoffDay: days(RULE_LIMITS.cutoffDay),
  dueDays: days(RULE_LIMITS.dueDays),
  remindDays: days(RULE_LIMITS.remindDays),
});
export type DeadlineInput = z.output<typeof deadlineSchema>;

/** A form's fields as strings, as the schemas above read them. */
export function formFields(formData: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of formData.entries()) if (typeof value === "string" && !key.startsWith("$")) fields[key] = value;
  return fields;
}
