import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/en";
import { vi } from "@/lib/i18n/messages";
import * as admin from "@/features/admin/messages";
import * as auth from "@/features/auth/messages";
import * as entry from "@/features/entry/messages";
import * as importing from "@/features/import/messages";
import * as openData from "@/features/open-data/messages";
import * as progressReport from "@/features/progress-report/messages";
import * as publicPages from "@/features/public-pages/messages";
import * as review from "@/features/review/messages";

/** Letters only Vietnamese uses: a Vietnamese word left in the English catalogue. */
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹàáèéìíòóùúýõãĩũ]/i;
/** Document numbers keep their Vietnamese letters (749/QĐ-TTg), as do names of articles and places quoted as such. */
const ALLOWED = /\d+\/[\wĐđ-]+|Tiếng Việt/g;

function strings(value: unknown, path: string, out: Array<[string, string]>) {
  if (typeof value === "string") out.push([path, value]);
  else if (Array.isArray(value)) value.forEach((v, i) => strings(v, `${path}[${i}]`, out));
  else if (value && typeof value === "object") for (const [k, v] of Object.entries(value)) strings(v, path ? `${path}.${k}` : k, out);
  return out;
}

describe("English catalogue", () => {
  it("has every entry of the Vietnamese one, and no Vietnamese word left in its plain texts", () => {
    const english = strings(en, "", []);
    const vietnamese = strings(vi, "", []);
    expect(english.map(([path]) => path)).toEqual(vietnamese.map(([path]) => path));
    const untranslated = english.filter(([, text]) => VIETNAMESE.test(text.replace(ALLOWED, "")));
    expect(untranslated).toEqual([]);
  });
});

describe("the catalogue's slices", () => {
  it("define each section once: a section repeated in two capabilities would silently replace the other's words", () => {
    const slices = [admin, auth, entry, importing, openData, progressReport, publicPages, review];
    const sliced = slices.flatMap((slice) => Object.keys(slice.vi));
    expect(new Set(sliced).size).toBe(sliced.length);
    for (const slice of slices) for (const [section, words] of Object.entries(slice.vi)) expect(vi[section as keyof typeof vi]).toBe(words);
  });
});
