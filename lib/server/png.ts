// An SVG drawn as a PNG on the server, without a browser and without the
// network: resvg with the DejaVu fonts from npm (dejavu-fonts-ttf), the only
// fonts it may use, so a picture looks the same on every machine. The Word
// file's charts, the share images and the app's icons all come through here.
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

/** The one face every drawn text uses: DejaVu Sans has every Vietnamese letter. */
export const DRAWN_FONT = "DejaVu Sans";
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) => path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", file));

/** The SVG as a PNG `width` pixels wide, its height in proportion. */
export function svgToPng(svg: string, width: number): Buffer {
  const image = new Resvg(svg, { fitTo: { mode: "width", value: width }, font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: DRAWN_FONT } });
  return image.render().asPng();
}
