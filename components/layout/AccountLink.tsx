"use client";
import Link from "next/link";
import { useSyncExternalStore } from "react";
import { vi as m } from "@/lib/i18n/messages";
import { hasSignedInHint } from "@/lib/signed-in-hint";

// Cookies change only by navigation or a server action's answer, after which
// this renders again: nothing to subscribe to.
const subscribe = () => () => {};

/** "Working area" once this browser has signed in, "Sign in" otherwise; rendered as "Sign in" on the server. */
export function AccountLink() {
  const signedIn = useSyncExternalStore(subscribe, () => hasSignedInHint(document.cookie), () => false);
  return (
    <Link href={signedIn ? "/work" : "/sign-in"} className="font-medium text-brand underline-offset-4 hover:underline">
      {signedIn ? m.work.title : m.auth.signIn}
    </Link>
  );
}
