import "server-only";
// When what the public sees last changed: the moment a report was published
// or unpublished, or the catalogue behind the figures (units, indicators,
// targets, DTI results, sources, unit profiles) was edited or had something
// removed. It never goes back, so a client holding a download from before a
// change is never told it is current (Last-Modified, lib/http/download.ts).
// A draft's edits are not public and are left out.
import { publishedOnly } from "@/features/published/selects";
import { db } from "@/lib/server/db";

/** Audit actions after which a published file may hold less than before, leaving no later date on any row. */
const REMOVALS = ["report.unpublish", "unit.delete", "indicator.delete", "target.delete"];

export async function lastPublishedChange(): Promise<Date | null> {
  const latest = await Promise.all([
    db.report.aggregate({ where: { status: "PUBLISHED" }, _max: { publishedAt: true } }).then((r) => r._max.publishedAt),
    db.observation.aggregate({ where: publishedOnly, _max: { updatedAt: true } }).then((r) => r._max.updatedAt),
    db.auditEvent.aggregate({ where: { action: { in: REMOVALS } }, _max: { at: true } }).then((r) => r._max.at),
    db.province.aggregate({ _max: { updatedAt: true } }).then((r) => r._max.updatedAt),
    db.provinceFact.aggregate({ _max: { updatedAt: true } }).then((r) => r._max.updatedAt),
    db.pillar.aggregate({ _max: { updatedAt: true } }).then((r) => r._max.updatedAt),
    db.indicator.aggregate({ _max: { updatedAt: true } }).then((r) => r._max.updatedAt),
    db.target.aggregate({ _max: { updatedAt: true } }).then((r) => r._max.updatedAt),
    db.dtiResult.aggregate({ _max: { updatedAt: true } }).then((r) => r._max.updatedAt),
    db.source.aggregate({ _max: { updatedAt: true } }).then((r) => r._max.updatedAt),
  ]);
  const times = latest.flatMap((date) => (date ? [date.getTime()] : []));
  return times.length ? new Date(Math.max(...times)) : null;
}
