// Free text as it may be stored: Unicode NFC (some keyboards send Vietnamese
// letters decomposed), without NUL and other control characters (line
// breaks and tabs aside), and without the bidirectional overrides and
// isolates that can make a stored text read differently from what it holds.
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

export function cleanText(raw: string): string {
  return raw.normalize("NFC").replace(CONTROLS, "").replace(BIDI, "");
}
