import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { AccountForm } from "@/features/account/AccountForm";
import { db } from "@/lib/server/db";
import { mailConfigured } from "@/lib/server/mailer";
import { vi as m } from "@/lib/i18n/messages";
import { getCurrentUser } from "@/lib/server/session";

export const metadata: Metadata = { title: m.account.heading, robots: { index: false } };

export default async function AccountPage() {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in?next=/work/account");
  const { emailReminders } = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { emailReminders: true } });
  const t = m.account;
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-2xl font-bold">{t.heading}</h1>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-medium">{t.email}</dt>
        <dd>{user.email}</dd>
        <dt className="font-medium">{t.role}</dt>
        <dd>{m.auth.roles[user.role]}</dd>
        {user.provinceName ? (
          <>
            <dt className="font-medium">{t.unit}</dt>
            <dd>{user.provinceName}</dd>
          </>
        ) : null}
      </dl>
      {mailConfigured() ? null : <p className="text-sm text-slate-700">{t.noMail}</p>}
      <section className="rounded-lg border border-slate-200 bg-white p-4">
        <AccountForm emailReminders={emailReminders} labels={{ reminders: t.reminders, hint: user.role === "STAFF" ? t.remindersHint : t.remindersStaffOnly, save: t.save }} />
      </section>
    </div>
  );
}
