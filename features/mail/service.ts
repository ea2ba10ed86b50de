import "server-only";
// The outbox. A workflow step writes its mails in its own transaction, so a
// mail exists exactly when the step happened; they are sent afterwards, and a
// mail server that fails delays a mail (retried with growing pauses) without
// ever blocking or undoing the step. Reminders are written by the same loop
// that sends: once per person, unit, period and due date.
import { composeMail, type MailFacts, type WorkflowMailKind } from "@/features/mail/compose";
import { deadlineOf, dueState, ruleFor, vietnamDay } from "@/lib/domain/deadline";
import { deadlineRules } from "@/features/deadlines/reads";
import { periodEnd, recentPeriods } from "@/lib/domain/period";
import { reportingWindowProblem } from "@/lib/domain/reporting-window";
import { db } from "@/lib/server/db";
import { env } from "@/lib/server/env";
import { mailConfigured, sendMail } from "@/lib/server/mailer";
import type { Tx } from "@/lib/server/transaction";

/** Pauses before each new attempt, in minutes; after the last a mail is marked failed for an admin to see. */
export const RETRY_MINUTES = [1, 5, 15, 60, 240, 720] as const;
export const MAX_ATTEMPTS = RETRY_MINUTES.length + 1;
/** Days after a due date on which an overdue report is still mailed about (the loop may have been down on the day). */
const OVERDUE_MAIL_DAYS = 7;
const BATCH = 20;

const appLink = (path: string) => new URL(path, env.APP_URL).toString();
const reportPath = (slug: string, period: string) => `/work/reports/${slug}/${period}`;
export const SETTINGS_PATH = "/work/account";

interface Recipient {
  id: number;
  email: string;
  name: string;
}

/**
 * Writes the mails a workflow step sends, inside the step's transaction:
 * a submission to the unit's officials; a return, an approval or a
 * publication to the person who last submitted the report. Nothing when no
 * mail server is set.
 */
export async function queueWorkflowMail(
  tx: Tx,
  step: { kind: WorkflowMailKind; auditEventId: number; reportId: number; provinceId: number; period: string; actorId: number; comment: string | null },
): Promise<void> {
  if (!mailConfigured()) return;
  const [unit, actor, recipients] = await Promise.all([
    tx.province.findUniqueOrThrow({ where: { id: step.provinceId }, select: { slug: true, nameVi: true } }),
    tx.user.findUnique({ where: { id: step.actorId }, select: { name: true } }),
    step.kind === "SUBMITTED" ? unitOfficials(tx, step.provinceId) : lastSubmitter(tx, step.reportId),
  ]);
  const facts: MailFacts = { kind: step.kind, actorName: actor?.name ?? null, comment: step.comment };
  const now = new Date();
  const rows = recipients
    .filter((person) => person.id !== step.actorId)
    .map((person) => ({
      key: `step:${step.auditEventId}:${person.id}`,
      ...outboxRow(facts, person, unit, step.period, now),
      provinceId: step.provinceId,
    }));
  if (rows.length > 0) await tx.outboxMail.createMany({ data: rows });
}

function outboxRow(facts: MailFacts, person: Recipient, unit: { slug: string; nameVi: string }, period: string, now: Date) {
  const mail = composeMail(facts, {
    recipientName: person.name,
    unitName: unit.nameVi,
    period,
    link: appLink(reportPath(unit.slug, period)),
    settingsLink: appLink(SETTINGS_PATH),
  });
  return { kind: facts.kind, toUserId: person.id, to: person.email, subject: mail.subject, body: mail.body, period, nextAttemptAt: now };
}

const recipientSelect = { id: true, email: true, name: true } as const;

function unitOfficials(tx: Tx, provinceId: number): Promise<Recipient[]> {
  return tx.user.findMany({ where: { provinceId, role: "OFFICIAL", active: true }, select: recipientSelect, orderBy: { id: "asc" } });
}

async function lastSubmitter(tx: Tx, reportId: number): Promise<Recipient[]> {
  const submit = await tx.auditEvent.findFirst({
    where: { reportId, action: "report.submit" },
    select: { actor: { select: { ...recipientSelect, active: true } } },
    orderBy: { id: "desc" },
  });
  const person = submit?.actor;
  return person?.active ? [{ id: person.id, email: person.email, name: person.name }] : [];
}

/**
 * Writes the reminders due at `now`: to each unit's staff who keep reminders
 * on, for each report not yet submitted, from its reminder day to its due
 * date ("due soon") and in the week after it ("overdue").
 */
export async function queueReminders(now: Date): Promise<number> {
  if (!mailConfigured()) return 0;
  const periods = recentPeriods(now, { quarters: 3, years: 2 }).filter((p) => periodEnd(p) < vietnamDay(now));
  const [units, rules, reports] = await Promise.all([
    db.province.findMany({
      where: { users: { some: { role: "STAFF", active: true, emailReminders: true } } },
      select: { id: true, slug: true, nameVi: true, validFrom: true, validTo: true, users: { where: { role: "STAFF", active: true, emailReminders: true }, select: recipientSelect } },
    }),
    deadlineRules(),
    db.report.findMany({ where: { period: { in: periods.map((p) => p.code) } }, select: { provinceId: true, period: true, status: true } }),
  ]);
  const rows = [];
  for (const unit of units) {
    for (const period of periods) {
      if (reportingWindowProblem(period, unit, now) !== null) continue;
      const status = reports.find((r) => r.provinceId === unit.id && r.period === period.code)?.status ?? "DRAFT";
      if (status !== "DRAFT" && status !== "RETURNED") continue;
      const deadline = deadlineOf(period, ruleFor(rules, unit.id, period.type));
      const state = dueState(deadline, now);
      const facts: MailFacts | null =
        state.kind === "DUE_SOON" || state.kind === "DUE_TODAY"
          ? { kind: "REMINDER", due: deadline.due, cutoff: deadline.cutoff, daysLeft: state.kind === "DUE_SOON" ? state.daysLeft : 0 }
          : state.kind === "OVERDUE" && state.days <= OVERDUE_MAIL_DAYS
            ? { kind: "OVERDUE", due: deadline.due, days: state.days }
            : null;
      if (!facts) continue;
      const due = deadline.due.toISOString().slice(0, 10);
      for (const person of unit.users) {
        rows.push({ key: `${facts.kind}:${unit.id}:${period.code}:${due}:${person.id}`, ...outboxRow(facts, person, unit, period.code, now), provinceId: unit.id });
      }
    }
  }
  if (rows.length === 0) return 0;
  // One reminder per key: those already written are left as they are.
  const known = new Set((await db.outboxMail.findMany({ where: { key: { in: rows.map((r) => r.key) } }, select: { key: true } })).map((r) => r.key));
  const fresh = rows.filter((r) => !known.has(r.key));
  for (const row of fresh) {
    await db.outboxMail.upsert({ where: { key: row.key }, create: row, update: {} });
  }
  return fresh.length;
}

/**
 * Sends the mails whose time has come. Each is claimed first (its attempt
 * counted and its next attempt pushed back), so two servers never send the
 * same mail and a crash mid-send retries it later.
 */
export async function deliverPending(now: Date = new Date()): Promise<{ sent: number; failed: number }> {
  if (!mailConfigured()) return { sent: 0, failed: 0 };
  const due = await db.outboxMail.findMany({
    where: { status: "PENDING", nextAttemptAt: { lte: now } },
    select: { id: true, to: true, subject: true, body: true, attempts: true },
    orderBy: { id: "asc" },
    take: BATCH,
  });
  let sent = 0;
  let failed = 0;
  for (const mail of due) {
    const attempt = mail.attempts + 1;
    const retryAt = new Date(now.getTime() + (RETRY_MINUTES[attempt - 1] ?? RETRY_MINUTES.at(-1)!) * 60_000);
    const claimed = await db.outboxMail.updateMany({ where: { id: mail.id, status: "PENDING", attempts: mail.attempts }, data: { attempts: attempt, nextAttemptAt: retryAt } });
    if (claimed.count !== 1) continue;
    try {
      await sendMail({ to: mail.to, subject: mail.subject, text: mail.body });
      await db.outboxMail.update({ where: { id: mail.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      sent += 1;
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db.outboxMail.update({ where: { id: mail.id }, data: { lastError: message.slice(0, 500), ...(attempt >= MAX_ATTEMPTS ? { status: "FAILED" } : {}) } });
      failed += 1;
    }
  }
  return { sent, failed };
}

/** Sends what a step just queued, after its transaction, without making the person wait for the mail server. */
export function sendSoon(): void {
  if (!mailConfigured()) return;
  setTimeout(() => {
    deliverPending().catch((error) => console.error("mail delivery failed:", error));
  }, 0);
}
