"use client";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { INTENT_LINK } from "@/components/ui/IntentLink";

const LINK = `a[${INTENT_LINK}]`;

/**
 * The one listener behind every IntentLink of the page: reaching for a link
 * (pointer, focus, touch) prefetches its page as Next's own Link would on
 * hover, and a plain click follows it in the page. A click with a modifier
 * key or another button is left to the browser (a new tab, a download), and
 * without script the links are ordinary links.
 */
export function IntentNavigation() {
  const router = useRouter();
  useEffect(() => {
    const linkOf = (event: Event) => {
      const link = event.target instanceof Element ? event.target.closest<HTMLAnchorElement>(LINK) : null;
      return link && link.origin === window.location.origin && !link.target && !link.hasAttribute("download") ? link : null;
    };
    let reached: HTMLAnchorElement | null = null;
    const reach = (event: Event) => {
      const link = linkOf(event);
      if (!link || link === reached) return;
      reached = link;
      router.prefetch(link.href);
    };
    const follow = (event: MouseEvent) => {
      const link = linkOf(event);
      if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      event.preventDefault();
      router.push(link.pathname + link.search + link.hash);
    };
    document.addEventListener("pointerover", reach, { passive: true });
    document.addEventListener("focusin", reach);
    document.addEventListener("touchstart", reach, { passive: true });
    document.addEventListener("click", follow);
    return () => {
      document.removeEventListener("pointerover", reach);
      document.removeEventListener("focusin", reach);
      document.removeEventListener("touchstart", reach);
      document.removeEventListener("click", follow);
    };
  }, [router]);
  return null;
}
