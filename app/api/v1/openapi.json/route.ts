import { openApiDocument } from "@/lib/api/openapi";
import { CORS_HEADERS } from "@/lib/api/respond";
import { env } from "@/lib/env";

export const dynamic = "force-dynamic";

export function GET() {
  return new Response(`${JSON.stringify(openApiDocument(env.APP_URL, { name: env.OPEN_DATA_LICENCE, url: env.OPEN_DATA_LICENCE_URL }), null, 2)}\n`, {
    headers: { ...CORS_HEADERS, "Content-Type": "application/json; charset=utf-8" },
  });
}
