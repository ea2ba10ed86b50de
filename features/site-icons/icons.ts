// The app's icons, every one drawn from app/icon.svg: the browser tab's (the
// SVG itself), the home screen's at 192 and 512 px, maskable ones whose
// background fills the square and whose marks sit in the middle the
// platform never crops, and Apple's touch icon. The colours are the
// palette's in app/globals.css. Pure.

/** --color-brand in app/globals.css: the header's colour, the browser's bar. */
export const THEME_COLOUR = "#0b4f8a";
/** --color-page in app/globals.css: the page's background, the splash screen's. */
export const PAGE_COLOUR = "#f8fafc";

export type IconPurpose = "any" | "maskable" | "apple";

export interface IconFile {
  file: string;
  size: number;
  purpose: IconPurpose;
}

export const ICON_FILES: readonly IconFile[] = [
  { file: "icon-192.png", size: 192, purpose: "any" },
  { file: "icon-512.png", size: 512, purpose: "any" },
  { file: "maskable-192.png", size: 192, purpose: "maskable" },
  { file: "maskable-512.png", size: 512, purpose: "maskable" },
  { file: "apple-touch-icon.png", size: 180, purpose: "apple" },
];

export const iconHref = (file: string) => `/icons/${file}`;

/**
 * A maskable icon keeps what matters inside the circle of 40% of its size
 * around the middle; Apple rounds the corners of a touch icon itself and
 * fills what is transparent with black. So both fill the square with the
 * icon's background and draw its marks smaller in the middle.
 */
const MARK_SCALE: Record<Exclude<IconPurpose, "any">, number> = { maskable: 0.75, apple: 0.85 };

/** The icon as drawn for `purpose`: as it is, or with its background filling the square and its marks scaled about the middle. */
export function iconVariant(svg: string, purpose: IconPurpose): string {
  if (purpose === "any") return svg;
  const match = /^\s*(<svg\b[^>]*>)\s*(<rect\b[^>]*\/>)([\s\S]*)<\/svg>\s*$/.exec(svg);
  const box = match && /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(match[1]!);
  const fill = match && /\sfill="([^"]+)"/.exec(match[2]!);
  if (!match || !box || !fill) throw new Error("app/icon.svg must open with its background: a <rect> with a fill, in a viewBox from 0 0");
  const [width, height] = [Number(box[1]), Number(box[2])];
  const scale = MARK_SCALE[purpose];
  const about = `translate(${width / 2} ${height / 2}) scale(${scale}) translate(${-width / 2} ${-height / 2})`;
  return `${match[1]}<rect width="${width}" height="${height}" fill="${fill[1]}"/><g transform="${about}">${match[3]}</g></svg>`;
}
