import "server-only";
// A share image as the answer to a request: the card drawn as PNG, or 404
// where the page does not exist. Its address is public and the same for
// everyone, so the server's response cache and a proxy in front keep it as
// they keep the page (scripts/lib/shared-cache.mjs).
import { SHARE_IMAGE, shareImageSvg, type ShareCard } from "@/features/public-pages/share-image";
import { svgToPng } from "@/lib/server/png";

export const SHARE_IMAGE_TYPE = "image/png";

export function shareImageResponse(card: ShareCard | null): Response {
  if (!card) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const png = svgToPng(shareImageSvg(card), SHARE_IMAGE.width);
  return new Response(new Uint8Array(png), { headers: { "Content-Type": SHARE_IMAGE_TYPE } });
}
