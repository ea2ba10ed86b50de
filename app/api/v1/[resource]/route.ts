import { parseApiQuery } from "@/features/open-data/query";
import { answer, CORS_HEADERS, methodNotAllowed, problem } from "@/features/open-data/respond";
import { isResource, RESOURCES } from "@/features/open-data/schema";
import { published } from "@/features/published/published";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ resource: string }> };

/** The open-data API, read-only: published figures, targets, DTI results, indicators and units (features/open-data/schema.ts). */
export async function GET(request: Request, { params }: Context) {
  const { resource } = await params;
  if (!isResource(resource)) return problem(404, "Not Found", `There is no resource "${resource.slice(0, 40)}". Resources: ${RESOURCES.join(", ")}. See /api/v1/openapi.json.`);
  try {
    const parsed = parseApiQuery(resource, new URL(request.url).searchParams, await published.apiKnown());
    if (!parsed.ok) return problem(400, "Invalid parameters", parsed.problems.map((p) => `${p.name}: ${p.reason}`).join("; "), parsed.problems);
    const [page, lastChange] = await Promise.all([published.api(resource, parsed.query), published.lastChange()]);
    return answer(request, resource, parsed.query, page, lastChange);
  } catch (error) {
    console.error(error);
    return problem(500, "Internal Server Error", "The request could not be answered. Please try again later.");
  }
}

export const HEAD = GET;

export function OPTIONS() {
  return new Response(null, { status: 204, headers: CORS_HEADERS });
}

// Read-only: every other method is refused with the methods that are taken.
export const POST = methodNotAllowed;
export const PUT = methodNotAllowed;
export const PATCH = methodNotAllowed;
export const DELETE = methodNotAllowed;
