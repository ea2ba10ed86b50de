import type { ComponentProps } from "react";

/** What marks a link for IntentNavigation (components/layout/IntentNavigation.tsx). */
export const INTENT_LINK = "data-intent";

/**
 * A link to another page of the site: a plain anchor in the server's HTML,
 * which one listener for the whole page (IntentNavigation) fetches ahead of
 * time once the reader reaches for it — the pointer over it, keyboard focus
 * on it, a finger on it — and follows without reloading the page. A public
 * page lists dozens of units and indicators: one listener instead of a
 * component per link leaves the browser that much less to start on load, and
 * nothing is prefetched merely because it scrolled into view.
 */
export function IntentLink({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: string }) {
  return <a href={href} {...props} {...{ [INTENT_LINK]: "" }} />;
}
