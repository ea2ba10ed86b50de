// The colours charts tell units apart by: every chart (lib/charts) — on the
// web pages, in the progress report, its Word file and the share images —
// takes its colours from this one list, in this order, on screen and on paper
// alike. Okabe–Ito, safe for colour-blind readers. The first two, which every
// two-unit chart uses (An Giang and Hậu Giang side by side), each stand out
// from white at 3:1 or more and stay far apart in grey, so a report printed on
// a greyscale printer still tells them apart; the faintest come last. Colour is
// never the only cue: every chart also gives each unit a marker shape.

export const SERIES_COLOURS = ["#0072b2", "#cc79a7", "#d55e00", "#009e73", "#56b4e9", "#e69f00"] as const;

/** The colour of the i-th unit a chart draws; past the last, they repeat. */
export function seriesColour(i: number): string {
  const n = SERIES_COLOURS.length;
  return SERIES_COLOURS[((i % n) + n) % n]!;
}
