import { openApiDocument } from "@/features/open-data/openapi";
import { CORS_HEADERS, methodNotAllowed } from "@/features/open-data/respond";
import { download } from "@/lib/http/download";
import { env } from "@/lib/server/env";

export const dynamic = "force-dynamic";

export function GET(request: Request) {
  return download(request, `${JSON.stringify(openApiDocument({ name: env.OPEN_DATA_LICENCE, url: env.OPEN_DATA_LICENCE_URL }), null, 2)}\n`, {
    headers: { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8" },
  });
}

// Read-only: every other method is refused with the methods that are taken.
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
