import "server-only";
// The server's mail loop: each minute it writes the reminders that have come
// due and sends what waits in the outbox. Started once per server process
// (instrumentation.ts), and only when a mail server is set.
import { deliverPending, queueReminders } from "@/features/mail/service";
import { mailConfigured } from "@/lib/server/mailer";

const EVERY = 60_000;
let started = false;
let running = false;

async function tick() {
  // A slow mail server must not stack ticks on one another.
  if (running) return;
  running = true;
  try {
    await queueReminders(new Date());
    await deliverPending(new Date());
  } catch (error) {
    console.error("mail loop:", error);
  } finally {
    running = false;
  }
}

export function startMailLoop(): void {
  if (started || !mailConfigured()) return;
  started = true;
  setTimeout(tick, 5_000).unref();
  setInterval(tick, EVERY).unref();
}
