import { describe, expect, it } from "vitest";
import { download, judgedToday } from "./download";

const csv = "indicator,unit,value\nSOC_SMARTPHONE,an-giang,72.4\n";
const changed = new Date("2026-11-26T08:30:15Z");
const now = new Date("2026-12-06T17:00:00Z");
const headers = { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="observations.csv"', "Access-Control-Allow-Origin": "*" };
const get = (conditional: Record<string, string> = {}, method = "GET") => new Request("http://127.0.0.1/data/observations.csv", { method, headers: conditional });

describe("download", () => {
  it("sends the file with an ETag of its bytes and the day its data last changed", async () => {
    const response = download(get(), csv, { headers, lastModified: changed, now });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(csv);
    expect(response.headers.get("etag")).toMatch(/^"[\w-]{27}"$/);
    expect(response.headers.get("last-modified")).toBe("Thu, 26 Nov 2026 08:30:15 GMT");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="observations.csv"');
    // The same bytes, the same tag.
    expect(download(get(), csv, { headers }).headers.get("etag")).toBe(response.headers.get("etag"));
  });

  it("answers 304 with its validators and no body to a request that holds it, by tag or by date", async () => {
    const etag = download(get(), csv, { headers }).headers.get("etag")!;
    const conditionals: Array<Record<string, string>> = [{ "If-None-Match": etag }, { "If-Modified-Since": "Thu, 26 Nov 2026 08:30:15 GMT" }];
    for (const conditional of conditionals) {
      const response = download(get(conditional), csv, { headers, lastModified: changed, now });
      expect(response.status, JSON.stringify(conditional)).toBe(304);
      expect(await response.text()).toBe("");
      expect(response.headers.get("etag")).toBe(etag);
      expect(response.headers.get("last-modified")).toBe("Thu, 26 Nov 2026 08:30:15 GMT");
      expect(response.headers.get("access-control-allow-origin")).toBe("*");
      expect(response.headers.get("content-type")).toBeNull();
      expect(response.headers.get("content-disposition")).toBeNull();
    }
    expect(download(get({ "If-Modified-Since": "Wed, 25 Nov 2026 00:00:00 GMT" }), csv, { headers, lastModified: changed, now }).status).toBe(200);
    expect(download(get({ "If-None-Match": '"old"' }), csv, { headers, lastModified: changed, now }).status).toBe(200);
  });

  it("never dates a file later than now, and without a date sends none", () => {
    expect(download(get(), csv, { lastModified: new Date("2027-01-01T00:00:00Z"), now }).headers.get("last-modified")).toBe("Sun, 06 Dec 2026 17:00:00 GMT");
    expect(download(get(), csv).headers.get("last-modified")).toBeNull();
  });
});

describe("judgedToday", () => {
  it("is the data's last change, or the start of today when that is later", () => {
    expect(judgedToday(changed, now).toISOString()).toBe("2026-12-06T00:00:00.000Z");
    expect(judgedToday(new Date("2026-12-06T09:00:00Z"), now).toISOString()).toBe("2026-12-06T09:00:00.000Z");
    expect(judgedToday(null, now).toISOString()).toBe("2026-12-06T00:00:00.000Z");
  });
});
