import { CORS_HEADERS } from "@/features/open-data/respond";
import { published } from "@/features/published/published";
import { download } from "@/lib/http/download";

export const dynamic = "force-dynamic";

/** Every row of a dataset as one file: `observations.csv`, `units.json` … (features/open-data/files.ts). */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  const [found, lastChange] = await Promise.all([published.openDataFile(file), published.lastChange()]);
  if (found === null) return new Response("Not found", { status: 404 });
  return download(request, found.body, {
    lastModified: lastChange,
    headers: {
      ...CORS_HEADERS,
      "Content-Type": found.format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8",
      "Content-Disposition": `attachment; filename="${found.dataset}.${found.format}"`,
    },
  });
}
