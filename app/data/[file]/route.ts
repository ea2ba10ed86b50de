import { isOpenDataFile, openDataFiles } from "@/lib/data/open-data";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const { file } = await params;
  if (!isOpenDataFile(file)) return new Response("Not found", { status: 404 });
  const body = await openDataFiles[file]();
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="dti-${file}"`,
    },
  });
}
