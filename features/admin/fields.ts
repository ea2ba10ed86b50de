// The fields of each administration form, with the choices they offer.
import { COMPARATORS, DIRECTIONS, PERIODICITIES, SCOPES, UNIT_KINDS, UNITS } from "@/features/admin/schemas";
import { ROLES } from "@/lib/security/authorization";
import { vi as m } from "@/lib/i18n/messages";
import type { FieldSpec, Option } from "@/components/ui/Field";

const a = m.admin;
const options = (values: readonly string[], label: (v: string) => string): Option[] => values.map((value) => ({ value, label: label(value) }));
const none: Option = { value: "", label: a.none };

export const userFields = (units: readonly Option[]): FieldSpec[] => [
  { name: "email", label: a.users.email, kind: "email", required: true },
  { name: "name", label: a.users.name, kind: "text", required: true },
  { name: "role", label: a.users.role, kind: "select", options: options(ROLES, (r) => m.auth.roles[r as keyof typeof m.auth.roles]), required: true },
  { name: "provinceId", label: a.users.unit, kind: "select", options: [none, ...units], hint: a.users.unitHint },
];

export const unitFields = (units: readonly Option[]): FieldSpec[] => [
  { name: "slug", label: a.units.slug, kind: "text", required: true },
  { name: "kind", label: a.units.kind, kind: "select", options: options(UNIT_KINDS, (k) => a.units.kinds[k] ?? k), required: true },
  { name: "nameVi", label: a.units.nameVi, kind: "text", required: true },
  { name: "nameEn", label: a.units.nameEn, kind: "text", required: true },
  { name: "validFrom", label: a.units.validFrom, kind: "date", hint: a.units.validHint },
  { name: "validTo", label: a.units.validTo, kind: "date" },
  { name: "successorId", label: a.units.successor, kind: "select", options: [none, ...units] },
];

export const indicatorFields = (pillars: readonly Option[]): FieldSpec[] => [
  { name: "code", label: a.indicators.code, kind: "text", required: true },
  { name: "pillarId", label: a.indicators.pillar, kind: "select", options: pillars, required: true },
  { name: "nameVi", label: a.indicators.nameVi, kind: "text", required: true, wide: true },
  { name: "nameEn", label: a.indicators.nameEn, kind: "text", required: true, wide: true },
  { name: "definitionVi", label: a.indicators.definitionVi, kind: "textarea", wide: true },
  { name: "definitionEn", label: a.indicators.definitionEn, kind: "textarea", wide: true },
  { name: "unit", label: a.indicators.unit, kind: "select", options: options(UNITS, (u) => m.units[u as keyof typeof m.units]), required: true },
  { name: "direction", label: a.indicators.direction, kind: "select", options: options(DIRECTIONS, (d) => a.indicators.directions[d] ?? d), required: true },
  { name: "minValue", label: a.indicators.minValue, kind: "number" },
  { name: "maxValue", label: a.indicators.maxValue, kind: "number" },
  { name: "periodicity", label: a.indicators.periodicity, kind: "select", options: options(PERIODICITIES, (p) => a.indicators.periodicities[p] ?? p), required: true },
  { name: "decision", label: a.indicators.decision, kind: "text" },
  { name: "isHeadline", label: a.indicators.isHeadline, kind: "checkbox", wide: true },
];

export const targetFields = (units: readonly Option[], indicators: readonly Option[]): FieldSpec[] => [
  { name: "provinceId", label: a.targets.unit, kind: "select", options: [none, ...units], required: true },
  { name: "indicatorId", label: a.targets.indicator, kind: "select", options: [none, ...indicators], required: true },
  { name: "year", label: a.targets.year, kind: "text", required: true },
  { name: "comparator", label: a.targets.comparator, kind: "select", options: options(COMPARATORS, (c) => a.targets.comparators[c] ?? c), required: true },
  { name: "value", label: a.targets.value, kind: "number", required: true },
  { name: "scope", label: a.targets.scope, kind: "select", options: options(SCOPES, (s) => a.targets.scopes[s] ?? s), required: true },
  { name: "sourceTitle", label: a.targets.sourceTitle, kind: "text", required: true, wide: true },
  { name: "sourceUrl", label: a.targets.sourceUrl, kind: "text", wide: true },
  { name: "note", label: a.targets.note, kind: "textarea", wide: true },
];

/** A stored record as the strings a form shows; related records and counts are left out. */
export function asFormValues(record: Record<string, unknown>): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value === null || value === undefined) values[key] = "";
    else if (value instanceof Date) values[key] = value.toISOString().slice(0, 10);
    else if (typeof value === "boolean") values[key] = value ? "on" : "";
    else if (typeof value === "number") values[key] = Number.isInteger(value) ? String(value) : String(value).replace(".", ",");
    else if (typeof value === "string") values[key] = value;
  }
  return values;
}
