// The entry form's codec, shared by the form in the browser and the action on
// the server so the two cannot disagree: the name of each field, how a post is
// read back, the rule that the report's source stands for a figure typed
// without one, and where a schema issue is shown.
import type { EntryFormInput } from "@/features/entry/schema";
import { cleanText } from "@/lib/domain/text";

export const ENTRY_PARTS = ["value", "source", "note", "version"] as const;
export type EntryPart = (typeof ENTRY_PARTS)[number];
export type FieldInput = Record<EntryPart, string>;

/** The name of one field of one indicator's row: "v.12.source". */
export const fieldName = (indicatorId: number | string, part: EntryPart) => `v.${indicatorId}.${part}`;
const FIELD = /^v\.(\d+)\.(value|source|note|version)$/;
/** Whether a name is one a person types into (the version is hidden). */
export const isTypedField = (name: string) => FIELD.test(name) && !name.endsWith(".version");

export type Intent = "save" | "submit";

/**
 * Set by the form's script on what it sends: the form can take the stored
 * figures back and carry on in place. A post without it (no script yet) is
 * answered by loading the page again.
 */
export const IN_PLACE_FIELD = "inPlace";

/** A stored figure as its input box holds it: "66,2", never grouped ("1506", not "1.506"). */
export const boxValue = (value: number) => String(value).replace(".", ",");

export interface EntryPost {
  provinceId: string;
  period: string;
  intent: Intent;
  incompleteNote: string;
  defaultSource: string;
  /** Whether the form's script sent it, and so can take an answer in place. */
  inPlace: boolean;
  /** Each row the form posted, by indicator id, in the order posted. */
  fields: Map<string, FieldInput>;
}

export function readEntryForm(formData: FormData): EntryPost {
  const fields = new Map<string, FieldInput>();
  for (const [key, raw] of formData.entries()) {
    const match = FIELD.exec(key);
    if (!match || typeof raw !== "string") continue;
    const [, id, part] = match as unknown as [string, string, EntryPart];
    const field = fields.get(id) ?? { value: "", source: "", note: "", version: "0" };
    field[part] = raw;
    fields.set(id, field);
  }
  return {
    provinceId: String(formData.get("provinceId") ?? ""),
    period: String(formData.get("period") ?? ""),
    intent: formData.get("intent") === "submit" ? "submit" : "save",
    incompleteNote: String(formData.get("incompleteNote") ?? ""),
    defaultSource: String(formData.get("defaultSource") ?? ""),
    inPlace: formData.get(IN_PLACE_FIELD) === "1",
    fields,
  };
}

const blank = (text: string) => cleanText(text).trim() === "";

/** The report's source stands for every figure typed without one of its own; a row with no figure takes none. */
export function sourceOf(field: Pick<FieldInput, "value" | "source">, defaultSource: string): string {
  if (!blank(field.source)) return field.source;
  return blank(field.value) ? "" : defaultSource;
}

/** What the schema is given for the rows posted (or, in the browser, the rows touched). */
export function entryInput(post: Pick<EntryPost, "provinceId" | "period" | "incompleteNote" | "defaultSource" | "fields">): EntryFormInput {
  return {
    provinceId: post.provinceId,
    period: post.period,
    incompleteNote: post.incompleteNote,
    values: [...post.fields].map(([indicatorId, field]) => ({ indicatorId, ...field, source: sourceOf(field, post.defaultSource) })),
  };
}

/** The field an issue of the schema is shown at, given the indicator ids in the order they were given to it. */
export function entryFieldKey(ids: readonly string[]) {
  return ([head, index, part]: readonly PropertyKey[]): string =>
    head === "values" && typeof index === "number" ? fieldName(ids[index] ?? "", (part as EntryPart | undefined) ?? "value") : String(head);
}
