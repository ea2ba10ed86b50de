import { describe, expect, it } from "vitest";
import { entityTag, httpDate, notModified } from "./validators.mjs";

const answer = { etag: entityTag("indicator,unit\nSOC_SMARTPHONE,an-giang\n"), lastModified: new Date("2026-11-26T08:30:15.750Z") };

describe("validators", () => {
  it("tag the same bytes the same way, and other bytes otherwise", () => {
    expect(answer.etag).toMatch(/^"[A-Za-z0-9_-]{27}"$/);
    expect(entityTag(new TextEncoder().encode("indicator,unit\nSOC_SMARTPHONE,an-giang\n"))).toBe(answer.etag);
    expect(entityTag("indicator,unit\nSOC_SMARTPHONE,hau-giang\n")).not.toBe(answer.etag);
  });

  it("write a date as an HTTP-date, to the second", () => {
    expect(httpDate(answer.lastModified)).toBe("Thu, 26 Nov 2026 08:30:15 GMT");
  });
});

describe("notModified", () => {
  it("is true when If-None-Match names the current tag, weakly or in a list, or is *", () => {
    expect(notModified({ ifNoneMatch: answer.etag }, answer)).toBe(true);
    expect(notModified({ ifNoneMatch: `"old", W/${answer.etag}` }, answer)).toBe(true);
    expect(notModified({ ifNoneMatch: "*" }, answer)).toBe(true);
    expect(notModified({ ifNoneMatch: '"old"' }, answer)).toBe(false);
    expect(notModified({ ifNoneMatch: answer.etag }, { etag: null })).toBe(false);
  });

  it("reads If-Modified-Since only without If-None-Match, to the second, and never for a date that is not one", () => {
    expect(notModified({ ifModifiedSince: "Thu, 26 Nov 2026 08:30:15 GMT" }, answer)).toBe(true);
    expect(notModified({ ifModifiedSince: "Fri, 27 Nov 2026 00:00:00 GMT" }, answer)).toBe(true);
    expect(notModified({ ifModifiedSince: "Thu, 26 Nov 2026 08:30:14 GMT" }, answer)).toBe(false);
    expect(notModified({ ifModifiedSince: "yesterday" }, answer)).toBe(false);
    expect(notModified({ ifModifiedSince: "Thu, 26 Nov 2026 08:30:15 GMT" }, { etag: answer.etag })).toBe(false);
    // A tag that does not match wins over a date that would (RFC 9110 §13.2.2).
    expect(notModified({ ifNoneMatch: '"old"', ifModifiedSince: "Fri, 27 Nov 2026 00:00:00 GMT" }, answer)).toBe(false);
  });

  it("is only for GET and HEAD", () => {
    expect(notModified({ method: "HEAD", ifNoneMatch: answer.etag }, answer)).toBe(true);
    expect(notModified({ method: "POST", ifNoneMatch: answer.etag }, answer)).toBe(false);
  });
});
