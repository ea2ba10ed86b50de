// Free text as it may be stored: Unicode NFC (some keyboards send Vietnamese
// letters decomposed), without NUL and other control characters, C0 and C1
// (line breaks and tabs aside), without the bidirectional marks, overrides
// and isolates that can make a stored text read differently from what it
// holds, and without characters that take no space at all (zero-width
// spaces and joiners, the word joiner, a stray byte-order mark, the soft
// hyphen), which would make two texts that look the same differ.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const INVISIBLE = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g;
/** Line and paragraph separators are line breaks. */
const SEPARATORS = /[\u2028\u2029]/g;

export function cleanText(raw: string): string {
  return raw.normalize("NFC").replace(SEPARATORS, "\n").replace(CONTROLS, "").replace(BIDI, "").replace(INVISIBLE, "");
}
