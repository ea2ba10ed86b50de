"use client";

import Link from "next/link";
import { useState, type ComponentProps } from "react";

/**
 * A link that fetches its page ahead of time only once the reader reaches
 * for it — the pointer over it, keyboard focus on it, a finger on it — and
 * not merely because it scrolled into view: a public page lists dozens of
 * units and indicators, and prefetching every one of them costs the server a
 * render each on every view. (Next's hover-triggered prefetch.)
 */
export function IntentLink(props: Omit<ComponentProps<typeof Link>, "prefetch" | "onMouseEnter" | "onFocus" | "onTouchStart">) {
  const [intent, setIntent] = useState(false);
  const reach = () => setIntent(true);
  return <Link {...props} prefetch={intent ? null : false} onMouseEnter={reach} onFocus={reach} onTouchStart={reach} />;
}
