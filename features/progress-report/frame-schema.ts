// What an official may write into a report's document frame: the form posts
// strings, this turns them into a checked frame with a message at each field.
// Used by the action and again by the form in the browser.
import { z } from "zod";
import { cleanText } from "@/lib/domain/text";
import { vi as words } from "@/features/progress-report/messages";

const M = words.report.frame.errors;
export const MAX_RECIPIENTS = 20;

const text = (max: number) => z.string().transform((s) => cleanText(s).trim().replace(/\s+/g, " ")).pipe(z.string().min(1, M.required).max(max, M.tooLong(max)));
const optional = (max: number) => z.string().optional().transform((s) => cleanText(s ?? "").trim().replace(/\s+/g, " ")).pipe(z.string().max(max, M.tooLong(max)));

export const frameSchema = z.object({
  parentBody: optional(200),
  issuingBody: text(200),
  number: optional(10).refine((n) => n === "" || /^\d{1,6}$/.test(n), M.number),
  abbreviation: text(30).refine((a) => /^[A-ZĐ0-9]+(?:-[A-ZĐ0-9]+)*$/.test(a), M.abbreviation),
  addressee: text(300),
  place: text(100),
  issuedOn: z
    .string()
    .trim()
    .regex(/^\d{4}-\d{2}-\d{2}$/, M.date)
    .transform((d) => new Date(`${d}T00:00:00Z`))
    .refine((d) => !Number.isNaN(d.getTime()) && d.getUTCFullYear() >= 2000 && d.getUTCFullYear() <= 2100, M.date),
  signerAuthority: optional(100),
  signerPosition: text(100),
  signerName: text(100),
  recipients: z
    .string()
    .optional()
    .transform((s) => cleanText(s ?? "").split(/\r?\n/).map((line) => line.trim()).filter(Boolean))
    .pipe(z.array(z.string().max(200, M.tooLong(200))).min(1, M.required).max(MAX_RECIPIENTS, M.recipients(MAX_RECIPIENTS))),
});
export type FrameInput = z.output<typeof frameSchema>;
