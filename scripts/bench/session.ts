// Signing in for the bench, as the seeded demo admin, the way a browser
// without script does: the sign-in page's form, posted with its action's
// hidden fields. Returns the Cookie header to send.
import { DEMO_PASSWORD } from "../../prisma/seed/demo-accounts";

const unescape = (text: string) => text.replaceAll("&quot;", '"').replaceAll("&amp;", "&");

export async function signIn(base: string): Promise<string> {
  const html = await (await fetch(`${base}/sign-in`)).text();
  const form = new FormData();
  for (const match of html.matchAll(/<input type="hidden" name="(\$ACTION_[^"]+)"(?: value="([^"]*)")?/g)) form.set(match[1]!, unescape(match[2] ?? ""));
  form.set("email", "quantri@dti.example");
  form.set("password", DEMO_PASSWORD);
  const response = await fetch(`${base}/sign-in`, { method: "POST", body: form, redirect: "manual" });
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  if (!cookie.includes("session_token")) throw new Error(`signing in answered ${response.status} without a session`);
  return cookie;
}
