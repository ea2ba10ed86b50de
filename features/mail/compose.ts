// The words of each mail: who did what to which unit's report for which
// period, with the link to it. Pure: the outbox service gathers the facts.
import { formatDate, lowerFirst, type Locale } from "@/lib/domain/format";
import { labelPeriod } from "@/lib/i18n/periods";
import { en } from "@/lib/i18n/en";
import { vi } from "@/lib/i18n/messages";

export type WorkflowMailKind = "SUBMITTED" | "RETURNED" | "APPROVED" | "PUBLISHED";
export type MailKind = WorkflowMailKind | "REMINDER" | "OVERDUE";

export type MailFacts =
  | { kind: WorkflowMailKind; actorName: string | null; comment: string | null }
  | { kind: "REMINDER"; due: Date; cutoff: Date; daysLeft: number }
  | { kind: "OVERDUE"; due: Date; days: number };

export interface MailContext {
  recipientName: string;
  unitName: string;
  period: string;
  /** The report's page. */
  link: string;
  /** The page where a person turns reminders off. */
  settingsLink: string;
}

const WORDS = { vi: vi.mail, en: en.mail };
const upperFirst = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
// Vietnam has one time zone: a due date is a day there.
const day = (date: Date, locale: Locale) => formatDate(date, locale, "UTC");

export function composeMail(facts: MailFacts, context: MailContext, locale: Locale = "vi"): { subject: string; body: string } {
  const w = WORDS[locale];
  const period = labelPeriod(context.period, locale);
  const report = w.report(lowerFirst(period), context.unitName);
  const topic = (() => {
    switch (facts.kind) {
      case "REMINDER":
        return w.subject.REMINDER(day(facts.due, locale));
      case "OVERDUE":
        return w.subject.OVERDUE(facts.days);
      default:
        return w.subject[facts.kind];
    }
  })();
  const lines: string[] = [w.greeting(context.recipientName), ""];
  switch (facts.kind) {
    case "REMINDER":
      lines.push(upperFirst(w.says.REMINDER(report, day(facts.due, locale), facts.daysLeft)), w.cutoff(day(facts.cutoff, locale)));
      break;
    case "OVERDUE":
      lines.push(upperFirst(w.says.OVERDUE(report, day(facts.due, locale), facts.days)));
      break;
    default: {
      lines.push(w.says[facts.kind](facts.actorName ?? w.someone, report));
      if (facts.comment) lines.push(facts.kind === "SUBMITTED" ? w.submitNote(facts.comment) : w.reviewerComment(facts.comment));
    }
  }
  lines.push("", w.open(context.link), "", "—", w.footer);
  if (facts.kind === "REMINDER" || facts.kind === "OVERDUE") lines.push(w.optOut(context.settingsLink));
  return { subject: `${w.subjectPrefix} ${context.unitName} — ${period}: ${topic}`, body: lines.join("\n") };
}
