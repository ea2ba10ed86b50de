// The types of validators.mjs, which stays plain JavaScript for scripts/serve.mjs.

/** A strong entity tag for these bytes: the same bytes always get the same tag. */
export declare function entityTag(body: string | Uint8Array): string;

/** A date as an HTTP-date (IMF-fixdate), to the second. */
export declare function httpDate(date: Date): string;

/** Whether a GET or HEAD already holds the answer and is to get 304 (RFC 9110 §13.2.2). */
export declare function notModified(
  request: { method?: string; ifNoneMatch?: string | null; ifModifiedSince?: string | null },
  answer: { etag?: string | null; lastModified?: Date | string | null },
): boolean;
