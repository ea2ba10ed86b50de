// How the open-data API answers: a page of rows as JSON (with its paging) or
// CSV (paging in the Link and X-Total-Count headers), an ETag and the data's
// last change for conditional requests, CORS so any site may read it, and
// problems as RFC 9457 problem details that name the bad parameter. Never a
// stack trace.
import type { ApiQuery, ParamProblem } from "@/features/open-data/query";
import { RESOURCE_SPECS, type Resource } from "@/features/open-data/schema";
import { toCsv } from "@/lib/domain/csv";
import type { ApiPage } from "@/features/open-data/api-reads";
import { download } from "@/lib/http/download";

export const CORS_HEADERS = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
  "Access-Control-Allow-Headers": "If-None-Match, If-Modified-Since",
  "Access-Control-Expose-Headers": "ETag, Last-Modified, Link, X-Total-Count",
  "Access-Control-Max-Age": "86400",
};

export function problem(status: 400 | 404 | 405 | 500, title: string, detail: string, invalidParams?: ParamProblem[]): Response {
  const body = {
    type: status === 400 ? "/data/api#invalid-parameters" : "about:blank",
    title,
    status,
    detail,
    ...(invalidParams ? { invalid_params: invalidParams } : {}),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    status,
    headers: { ...CORS_HEADERS, "Content-Type": "application/problem+json; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** A method the read-only API does not take: 405 with the methods it does take, as RFC 9110 requires. */
export function methodNotAllowed(): Response {
  const refused = problem(405, "Method Not Allowed", "The open-data API is read-only: use GET (or HEAD, OPTIONS).");
  refused.headers.set("Allow", CORS_HEADERS["Access-Control-Allow-Methods"]);
  return refused;
}

/** Rows as CSV with the resource's columns, in order; a list is joined with ";". */
export function resourceCsv(resource: Resource, rows: ApiPage["rows"]): string {
  const columns = RESOURCE_SPECS[resource].columns.map((c) => c.name);
  return toCsv(
    columns,
    rows.map((row) => columns.map((c) => (Array.isArray(row[c]) ? (row[c] as string[]).join(";") : (row[c] as string | number | null)))),
  );
}

/** The same request for another page: a path and query, valid behind any proxy. */
function pageLink(url: URL, page: number): string {
  const search = new URLSearchParams(url.searchParams);
  search.set("page", String(page));
  return `${url.pathname}?${search.toString()}`;
}

/** `lastModified`: when the published data last changed. */
export function answer(request: Request, resource: Resource, query: ApiQuery, page: ApiPage, lastModified: Date | null): Response {
  const url = new URL(request.url);
  const pages = Math.max(1, Math.ceil(page.total / query.perPage));
  const links = {
    self: pageLink(url, query.page),
    next: query.page < pages ? pageLink(url, query.page + 1) : null,
    prev: query.page > 1 ? pageLink(url, Math.min(query.page - 1, pages)) : null,
  };
  const body =
    query.format === "csv"
      ? resourceCsv(resource, page.rows)
      : `${JSON.stringify({ data: page.rows, meta: { total: page.total, page: query.page, per_page: query.perPage, pages }, links })}\n`;

  const headers: Record<string, string> = {
    ...CORS_HEADERS,
    "X-Total-Count": String(page.total),
    "Content-Type": query.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
    ...(query.format === "csv" ? { "Content-Disposition": `attachment; filename="${resource}-page-${query.page}.csv"` } : {}),
  };
  const link = [links.next && `<${links.next}>; rel="next"`, links.prev && `<${links.prev}>; rel="prev"`].filter(Boolean).join(", ");
  if (link) headers.Link = link;
  return download(request, body, { headers, lastModified });
}
