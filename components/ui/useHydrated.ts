"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * False in the server's HTML and until React has taken the page over, true
 * from then on. A button that only works with the page's script (it opens a
 * confirmation, it sends a file) stays disabled until then, rather than
 * taking a click that does nothing.
 */
export const useHydrated = (): boolean =>
  useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
