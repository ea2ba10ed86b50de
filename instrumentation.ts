// Runs once when a server process starts: the mail loop, in Node.js only.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startMailLoop } = await import("@/features/mail/loop");
  startMailLoop();
}
