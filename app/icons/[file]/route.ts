import { iconPng } from "@/features/site-icons/render";

export const dynamic = "force-dynamic";

/** The home-screen, maskable and Apple touch icons, drawn from app/icon.svg (the manifest and the page's head name them). */
export async function GET(_request: Request, { params }: { params: Promise<{ file: string }> }) {
  const png = iconPng((await params).file);
  if (!png) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(png), { headers: { "Content-Type": "image/png" } });
}
