// An SVG drawn as a PNG on the server, without a browser and without the
// network: resvg with the DejaVu fonts from npm (dejavu-fonts-ttf), the only
// fonts it may use, so a picture looks the same on every machine. The Word
// file's charts, the share images and the app's icons all come through here.
// A drawing is kept by its SVG: the same figures draw the same SVG, so a
// chart is drawn once until the data it shows changes (lib/server/kept.ts).
import { createHash } from "node:crypto";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { KeptBytes } from "@/lib/server/kept";

/** The one face every drawn text uses: DejaVu Sans has every Vietnamese letter. */
export const DRAWN_FONT = "DejaVu Sans";
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) => path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", file));

const drawn = new KeptBytes(32 * 1024 * 1024);

/** The SVG as a PNG `width` pixels wide, its height in proportion. */
export function svgToPng(svg: string, width: number): Buffer {
  const key = `${width} ${createHash("sha256").update(svg).digest("base64url")}`;
  const png = drawn.keepNow(key, () => {
    const image = new Resvg(svg, { fitTo: { mode: "width", value: width }, font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: DRAWN_FONT } });
    return new Uint8Array(image.render().asPng());
  });
  return Buffer.from(png.buffer, png.byteOffset, png.byteLength);
}
