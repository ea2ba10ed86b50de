import "server-only";
// The import's dry run and confirmation, answered to the upload route. A
// route handler rather than a server action so the browser can show upload
// progress; it goes through the same guarded door (session, authorisation
// table, schema) as every action.
import { z } from "zod";
import { guarded, missing } from "@/lib/server/guard";
import { recordDenied } from "@/lib/server/audit";
import { can } from "@/lib/security/authorization";
import { db } from "@/lib/server/db";
import { LIMITS, type FileProblem } from "@/features/import/plan";
import { MAX_SOURCE_LENGTH } from "@/features/entry/schema";
import { readUploadBody } from "@/features/import/codec";
import { checkImport, confirmImport, type CheckOutcome, type ConfirmOutcome } from "@/features/import/service";
import { isForeignRequest } from "@/lib/security/same-origin";
import { getCurrentUser } from "@/lib/server/session";
import { cleanText } from "@/lib/domain/text";
import { recordId } from "@/lib/domain/record-id";

const uploadSchema = z.object({
  mode: z.enum(["check", "confirm"]),
  file: z.instanceof(File).refine((f) => f.size > 0, "empty"),
  defaultSource: z
    .string()
    .transform((s) => cleanText(s).trim())
    .pipe(z.string().max(MAX_SOURCE_LENGTH))
    .transform((s) => s || null),
  fingerprint: z.string().max(LIMITS.bytes * 2),
  /** `${indicatorId}|${period}` → version, as the dry run saw them. */
  expected: z
    .string()
    .transform((s, ctx) => {
      try {
        return JSON.parse(s || "{}") as unknown;
      } catch {
        ctx.addIssue({ code: "custom", message: "expected" });
        return z.NEVER;
      }
    })
    .pipe(z.record(z.string().regex(/^\d+\|\d{4}(-(Q[1-4]|H[12]))?$/), z.number().int().min(0))),
});

/** Every answer the upload gives; the import panel reads it as JSON. */
export type UploadAnswer =
  | CheckOutcome
  | ConfirmOutcome
  | { kind: "file"; problem: FileProblem; missing?: undefined }
  | { kind: "forbidden" }
  | { kind: "invalid"; fields: string[] };

const json = (body: UploadAnswer, status = 200) => Response.json(body, { status, headers: { "Cache-Control": "private, no-store" } });

export async function upload(request: Request): Promise<Response> {
  // Cookies are SameSite=Lax, and the request must come from this site's own pages.
  if (isForeignRequest(request.headers)) return json({ kind: "forbidden" }, 403);
  // Nobody who may not import gets their upload read at all.
  const user = await getCurrentUser();
  if (!can(user, "report.edit")) {
    await recordDenied(user, "report.edit");
    return json({ kind: "forbidden" }, 403);
  }
  // A body of unknown length is not read: a browser always states it.
  const contentLength = Number(request.headers.get("content-length") ?? NaN);
  if (!Number.isFinite(contentLength)) return json({ kind: "file", problem: "UNREADABLE" }, 411);
  if (contentLength > LIMITS.bytes + 1_000_000) return json({ kind: "file", problem: "TOO_LARGE" }, 413);

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json({ kind: "file", problem: "UNREADABLE" }, 400);
  }
  const { unitId, fields } = readUploadBody(form);

  const outcome = await guarded({
    permissions: ["report.edit"],
    scope: async () => {
      const id = recordId(unitId);
      const unit = id !== null
        ? await db.province.findUnique({ where: { id }, select: { id: true, slug: true, nameVi: true, validFrom: true, validTo: true } })
        : null;
      return unit ? { provinceId: unit.id, unit } : missing();
    },
    validate: () => uploadSchema.safeParse(fields),
    run: async (actor, input, { unit }) => {
      if (input.file.size > LIMITS.bytes) return { kind: "file" as const, problem: "TOO_LARGE" as const };
      const file = { name: input.file.name, bytes: new Uint8Array(await input.file.arrayBuffer()) };
      return input.mode === "check"
        ? checkImport(unit, file, input.defaultSource)
        : confirmImport(actor, unit, file, input.defaultSource, { fingerprint: input.fingerprint, expected: new Map(Object.entries(input.expected)) });
    },
    revalidate: (result) => (result.kind === "stored" ? [["/", "layout"]] : []),
    publishes: (result) => result.kind === "stored",
  });
  if (outcome.kind === "forbidden") return json({ kind: "forbidden" }, 403);
  if (outcome.kind === "invalid") return json({ kind: "invalid", fields: Object.keys(outcome.fieldErrors) }, 400);
  return json(outcome.value);
}
