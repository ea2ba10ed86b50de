import "server-only";
// What the public sees is cached twice in each app process: Next's data cache
// holds the published reads (features/published/published.ts, tag "published") and the
// app's server keeps whole anonymous responses (scripts/lib/response-cache.mjs).
// A write that changes published data calls `publishedChanged()`, which empties
// both at once in this process, so the next public request is built afresh.
// Other processes find out within PUBLISHED_REFRESH_SECONDS (README, "Scale-out").
import { revalidateTag } from "next/cache";

export const PUBLISHED_TAG = "published";

/** How long a process may serve published data without checking the database again. */
export const PUBLISHED_REFRESH_SECONDS = 30;

/** Read by the app's server (scripts/lib/response-cache.mjs); the name is shared by both. */
const GENERATION = Symbol.for("dti.published.generation");

export function publishedChanged() {
  revalidateTag(PUBLISHED_TAG, { expire: 0 });
  const store = globalThis as unknown as Record<symbol, number | undefined>;
  store[GENERATION] = (store[GENERATION] ?? 0) + 1;
}
