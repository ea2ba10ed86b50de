import { describe, expect, it } from "vitest";
import { en } from "@/lib/i18n/en";
import { vi } from "@/lib/i18n/messages";

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
