// The frame that makes the progress report an administrative document a
// department head signs and sends (Decree 30/2020/NĐ-CP on clerical work,
// Appendix I): the issuing body under its parent, the document's number,
// the national title and motto, place and date, the addressee, the signer
// and the recipients. Pure: the Word file lays it out, the form fills it.

export interface DocumentFrame {
  /** The body the issuing one answers to, e.g. "ỦY BAN NHÂN DÂN TỈNH AN GIANG"; may be empty. */
  parentBody: string;
  /** The body issuing the report, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ". */
  issuingBody: string;
  /** The number the clerk gives it ("15"), empty until then: printed as dots to be filled in by hand. */
  number: string;
  /** The body's abbreviation after "BC-", e.g. "SKHCN". */
  abbreviation: string;
  /** Whom the report is sent to, e.g. "Ủy ban nhân dân tỉnh An Giang". */
  addressee: string;
  /** The place name before the date, e.g. "An Giang". */
  place: string;
  /** The day it is signed. */
  issuedOn: Date;
  /** Signing for the head ("KT. GIÁM ĐỐC"), or empty when the head signs. */
  signerAuthority: string;
  /** The signer's own position, e.g. "PHÓ GIÁM ĐỐC". */
  signerPosition: string;
  signerName: string;
  /** Where it goes, one per line, ending with the archive ("Lưu: VT, …"). */
  recipients: string[];
}

/** "Số: 05/BC-SKHCN", or dots for the clerk to fill in: a number below 10 takes a leading zero. */
export function numberLine(frame: Pick<DocumentFrame, "number" | "abbreviation">): string {
  const n = frame.number.trim();
  const number = n === "" ? "      " : /^\d$/.test(n) ? `0${n}` : n;
  return `Số: ${number}/BC-${frame.abbreviation.trim()}`;
}

/** "An Giang, ngày 05 tháng 10 năm 2026": a day below 10, and January and February, take a leading zero. */
export function placeAndDate(frame: Pick<DocumentFrame, "place" | "issuedOn">): string {
  const d = frame.issuedOn;
  const day = String(d.getUTCDate()).padStart(2, "0");
  const month = d.getUTCMonth() + 1;
  return `${frame.place.trim()}, ngày ${day} tháng ${month <= 2 ? `0${month}` : month} năm ${d.getUTCFullYear()}`;
}

/** Each recipient as the decree lists them: "- …;" and the last, the archive, with a full stop. */
export function recipientLines(recipients: readonly string[]): string[] {
  const items = recipients.map((r) => r.trim().replace(/^[-–•]\s*/, "").replace(/[;.]$/, "")).filter(Boolean);
  return items.map((item, i) => `- ${item}${i === items.length - 1 ? "." : ";"}`);
}

/**
 * A frame to start from: the unit's last one with today's date and no
 * number (a new document gets a new number), else one built from the unit's
 * name that the official completes.
 */
export function startingFrame(previous: DocumentFrame | null, unit: { nameVi: string; kind: string }, today: Date): DocumentFrame {
  if (previous) return { ...previous, number: "", issuedOn: today };
  // "An Giang (từ 01/7/2025)" → "An Giang"; "Thành phố Cần Thơ (…)" → "Cần Thơ", a city under the centre.
  const name = unit.nameVi.replace(/\s*\(.*\)\s*$/, "");
  const place = name.replace(/^Thành phố\s+/i, "");
  const administrative = `${unit.kind === "city" ? "thành phố" : "tỉnh"} ${place}`;
  return {
    // The decree lets the parent body's name be shortened as it usually is: "UBND TỈNH AN GIANG".
    parentBody: `UBND ${administrative.toLocaleUpperCase("vi-VN")}`,
    issuingBody: "",
    number: "",
    abbreviation: "",
    addressee: `Ủy ban nhân dân ${administrative}`,
    place,
    issuedOn: today,
    signerAuthority: "",
    signerPosition: "",
    signerName: "",
    recipients: [`Như trên`, "Lưu: VT"],
  };
}
