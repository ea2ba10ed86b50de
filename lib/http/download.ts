// A public file's answer with the validators a browser, a cache or a
// harvesting script revalidates it by: an ETag that is a hash of its bytes
// and, where the route knows when its data last changed, Last-Modified. A
// request that already holds the file gets 304 and no body. Signed in or not,
// a public download is the same file and is answered the same way.
import { entityTag, httpDate, notModified } from "@/lib/http/validators.mjs";

export interface DownloadOptions {
  headers?: Record<string, string>;
  /** When the data in the file last changed; a date later than now is sent as now. */
  lastModified?: Date | null;
  now?: Date;
}

export function download(request: Request, body: string | Uint8Array<ArrayBuffer>, { headers = {}, lastModified = null, now = new Date() }: DownloadOptions = {}): Response {
  const etag = entityTag(body);
  const modified = lastModified && new Date(Math.min(lastModified.getTime(), now.getTime()));
  const validators: Record<string, string> = { ETag: etag, ...(modified ? { "Last-Modified": httpDate(modified) } : {}) };
  const conditional = { method: request.method, ifNoneMatch: request.headers.get("if-none-match"), ifModifiedSince: request.headers.get("if-modified-since") };
  if (notModified(conditional, { etag, lastModified: modified })) {
    // What describes the body goes with the body (RFC 9110 §15.4.5).
    const kept = Object.fromEntries(Object.entries(headers).filter(([name]) => !/^content-/i.test(name)));
    return new Response(null, { status: 304, headers: { ...kept, ...validators } });
  }
  return new Response(body, { headers: { ...headers, ...validators } });
}

/**
 * The later of the data's last change and the start of today (UTC): for a
 * file that judges figures against today's date, whose verdicts and paces may
 * change overnight with no change to the data.
 */
export function judgedToday(lastChange: Date | null, now: Date = new Date()): Date {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(Math.max(lastChange?.getTime() ?? 0, today));
}
