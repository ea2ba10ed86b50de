"use client";
import { useSyncExternalStore } from "react";
import { hasSignedInHint } from "@/lib/security/signed-in-hint";
import { IntentLink } from "@/components/ui/IntentLink";

// Cookies change only by navigation or a server action's answer, after which
// this renders again: nothing to subscribe to.
const subscribe = () => () => {};

/**
 * "Working area" once this browser has signed in, "Sign in" otherwise;
 * rendered as "Sign in" on the server. The words come from the server, so
 * the dictionary stays out of every page's JavaScript.
 */
export function AccountLink({ labels }: { labels: { signIn: string; workArea: string } }) {
  const signedIn = useSyncExternalStore(subscribe, () => hasSignedInHint(document.cookie), () => false);
  return (
    <IntentLink href={signedIn ? "/work" : "/sign-in"} className="font-medium text-brand underline-offset-4 hover:underline">
      {signedIn ? labels.workArea : labels.signIn}
    </IntentLink>
  );
}
