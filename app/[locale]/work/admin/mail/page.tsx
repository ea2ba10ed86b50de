import { RecordButton } from "@/features/admin/AdminForm";
import { retryMailAction } from "@/features/admin/actions";
import { listOutbox } from "@/features/admin/reads";
import { FormMessage } from "@/components/ui/Field";
import { cell, HeadRow, numericCell, rowClass, Table } from "@/components/ui/Table";
import { env } from "@/lib/server/env";
import { mailConfigured } from "@/lib/server/mailer";
import { vi as m } from "@/lib/i18n/messages";

export const metadata = { title: m.admin.mail.heading };

const time = new Intl.DateTimeFormat("vi-VN", { dateStyle: "short", timeStyle: "short", timeZone: "Asia/Ho_Chi_Minh" });
const SHOWN = 100;

export default async function MailAdminPage() {
  const { mails, counts } = await listOutbox(SHOWN);
  const t = m.admin.mail;
  const configured = mailConfigured();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">{t.heading}</h1>
      <FormMessage tone={configured ? "ok" : "error"}>{configured ? t.configured(env.MAIL_FROM) : t.notConfigured}</FormMessage>
      <p className="max-w-3xl text-sm text-slate-700">{t.what}</p>
      <p className="text-sm font-medium">{t.counts(counts.PENDING, counts.SENT, counts.FAILED)}</p>
      {mails.length === 0 ? (
        <p className="text-sm text-slate-600">{t.empty}</p>
      ) : (
        <Table scrollHint={m.common.scrollHint} caption={t.latest(Math.min(SHOWN, mails.length))} minWidth="56rem">
          <HeadRow labels={[t.columns.createdAt, t.columns.to, t.columns.subject, t.columns.status, t.columns.attempts, t.columns.error]} />
          <tbody>
            {mails.map((mail) => (
              <tr key={mail.id} className={rowClass} data-status={mail.status}>
                <td className={numericCell}>{time.format(mail.createdAt)}</td>
                <td className={cell}>{mail.to}</td>
                <td className={cell}>{mail.subject}</td>
                <td className={cell}>
                  {t.statuses[mail.status]}
                  <span className="block text-xs text-slate-600">
                    {mail.status === "SENT" && mail.sentAt ? t.sentAt(time.format(mail.sentAt)) : mail.status === "PENDING" ? t.nextAt(time.format(mail.nextAttemptAt)) : null}
                  </span>
                </td>
                <td className={numericCell}>{mail.attempts}</td>
                <td className={`${cell} text-xs`}>
                  {mail.lastError ?? ""}
                  {mail.status === "FAILED" ? <RecordButton action={retryMailAction} id={mail.id} label={t.retry} /> : null}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </div>
  );
}
