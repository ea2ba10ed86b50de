// Lines of text fitted to a width in a drawn picture (the share images),
// where no browser lays them out. Widths are estimated from the DejaVu Sans
// advance widths, rounded up per kind of character, so a line said to fit
// does fit (text-fit.test.ts measures the real glyphs). Pure.

/** Ems per character, regular and bold, from DejaVu Sans's widest of each kind. */
const EM = {
  space: [0.32, 0.35],
  narrow: [0.41, 0.5],
  lower: [0.64, 0.72],
  upper: [0.8, 0.88],
  horned: [0.92, 0.92],
  wide: [1.0, 1.11],
} as const;

const NARROW = new Set([..."fijlrtI!,.:;'|()[]{}"]);
const WIDE = new Set([..."mwMW%@—…"]);
const HORNED = new Set([..."ƠƯỚỜỞỠỢỨỪỬỮỰ"]);

function em(char: string, bold: boolean): number {
  const [regular, heavy] =
    char === " "
      ? EM.space
      : NARROW.has(char)
        ? EM.narrow
        : WIDE.has(char)
          ? EM.wide
          : HORNED.has(char)
            ? EM.horned
            : /[\p{Lu}\p{Nd}]/u.test(char)
              ? EM.upper
              : EM.lower;
  return bold ? heavy : regular;
}

/** The width a line takes at `size` pixels, never less than DejaVu Sans draws it. */
export function textWidth(text: string, size: number, bold = false): number {
  let ems = 0;
  for (const char of text.normalize("NFC")) ems += em(char, bold);
  return ems * size;
}

/** The line cut to `width` with an ellipsis, at a word where one is near. */
export function ellipsize(text: string, width: number, size: number, bold = false): string {
  if (textWidth(text, size, bold) <= width) return text;
  const chars = [...text];
  let cut = chars.length;
  while (cut > 0 && textWidth(`${chars.slice(0, cut).join("")}…`, size, bold) > width) cut--;
  const head = chars.slice(0, cut).join("");
  const space = head.lastIndexOf(" ");
  const atWord = space > head.length * 0.6 ? head.slice(0, space) : head;
  return `${atWord.replace(/[\s,;:—–-]+$/, "")}…`;
}

/** The text broken at spaces into at most `maxLines` lines of `width`; the last ends in an ellipsis when the text goes on. */
export function wrapLines(text: string, width: number, size: number, maxLines: number, bold = false): string[] {
  const words = text.split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let i = 0;
  while (i < words.length && lines.length < maxLines) {
    let line = words[i++]!;
    while (i < words.length && textWidth(`${line} ${words[i]}`, size, bold) <= width) line = `${line} ${words[i++]}`;
    lines.push(line);
  }
  const last = lines.length - 1;
  if (last >= 0 && i < words.length) lines[last] = `${lines[last]} ${words.slice(i).join(" ")}`;
  // A word wider than the line, or words left over: cut with an ellipsis.
  return lines.map((line) => ellipsize(line, width, size, bold));
}

/** The largest size from `max` down to `min` at which the line fits `width`. */
export function fitSize(text: string, width: number, max: number, min: number, bold = false): number {
  const fitting = Math.floor(width / Math.max(textWidth(text, 1, bold), 1e-9));
  return Math.max(min, Math.min(max, fitting));
}
