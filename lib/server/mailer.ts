import "server-only";
// The mail server, from SMTP_URL and MAIL_FROM. Without them the app sends
// nothing and the working pages are the only way people learn of their work.
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/server/env";

export const mailConfigured = (): boolean => env.SMTP_URL !== "";

let transport: Transporter | null = null;

export async function sendMail(mail: { to: string; subject: string; text: string }): Promise<void> {
  // Pauses bounded, so a silent server fails the attempt instead of holding it.
  transport ??= nodemailer.createTransport({ url: env.SMTP_URL, connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
  await transport.sendMail({ from: env.MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
}
