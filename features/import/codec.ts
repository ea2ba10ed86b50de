// The upload's codec, shared by the import panel in the browser and the
// upload handler on the server: the names of its fields, and the versions the
// dry run saw, so the two cannot disagree.
import { figureKey, type Plan } from "@/features/import/plan";

export type UploadMode = "check" | "confirm";

export interface UploadRequest {
  mode: UploadMode;
  unitId: number;
  file: File;
  defaultSource: string;
  /** The dry run's answer, when confirming it. */
  checked: { plan: Plan; fingerprint: string } | null;
}

/** Versions the dry run saw for the figures it would write, by `${indicatorId}|${period}`. */
export function expectedVersions(plan: Plan): Record<string, number> {
  const expected: Record<string, number> = {};
  for (const row of plan.rows) if ((row.status === "new" || row.status === "changed") && row.indicatorId !== null) expected[figureKey(row.indicatorId, row.period)] = row.version;
  return expected;
}

export function uploadBody({ mode, unitId, file, defaultSource, checked }: UploadRequest): FormData {
  const body = new FormData();
  body.set("mode", mode);
  body.set("unitId", String(unitId));
  body.set("file", file);
  body.set("defaultSource", defaultSource);
  const confirming = mode === "confirm" && checked !== null;
  body.set("fingerprint", confirming ? checked.fingerprint : "");
  body.set("expected", JSON.stringify(confirming ? expectedVersions(checked.plan) : {}));
  return body;
}

/** What a posted upload holds, as text (and the file as it came), for the handler's schema to judge. */
export function readUploadBody(form: FormData) {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    unitId: text("unitId"),
    fields: { mode: text("mode"), file: form.get("file"), defaultSource: text("defaultSource"), fingerprint: text("fingerprint"), expected: text("expected") },
  };
}
