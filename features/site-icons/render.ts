import "server-only";
// The icons as PNG, drawn from app/icon.svg once per file and process.
import fs from "node:fs";
import path from "node:path";
import { ICON_FILES, iconVariant } from "@/features/site-icons/icons";
import { svgToPng } from "@/lib/server/png";

const drawn = new Map<string, Buffer>();

/** The PNG of an icon file named in ICON_FILES; null for any other name. */
export function iconPng(file: string): Buffer | null {
  const icon = ICON_FILES.find((i) => i.file === file);
  if (!icon) return null;
  let png = drawn.get(file);
  if (!png) {
    const source = fs.readFileSync(path.join(process.cwd(), "app", "icon.svg"), "utf8");
    png = svgToPng(iconVariant(source, icon.purpose), icon.size);
    drawn.set(file, png);
  }
  return png;
}
