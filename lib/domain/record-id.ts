// A record's id as a request writes it. Ids are 32-bit integer columns on
// both databases: a longer number is not an id of anything, and is refused
// here rather than handed to the database to fail on.

/** The largest id a record can have (a signed 32-bit integer). */
export const MAX_RECORD_ID = 2_147_483_647;

/** Digits only ("1e3", "0x10", "-1" and "1.0" are not ids), from 1 to MAX_RECORD_ID; otherwise null. */
export function recordId(text: string): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const id = Number(text);
  return id >= 1 && id <= MAX_RECORD_ID ? id : null;
}
