import { describe, expect, it } from "vitest";
import { numberLine, placeAndDate, recipientLines, startingFrame, type DocumentFrame } from "@/features/progress-report/frame";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("the document frame", () => {
  it("writes the number with a leading zero below 10, or leaves room for the clerk", () => {
    expect(numberLine({ number: "5", abbreviation: "SKHCN" })).toBe("Số: 05/BC-SKHCN");
    expect(numberLine({ number: "125", abbreviation: "SKHCN" })).toBe("Số: 125/BC-SKHCN");
    expect(numberLine({ number: "", abbreviation: "SKHCN" })).toBe("Số:       /BC-SKHCN");
  });

  it("writes place and date as the decree does: days below 10 and January, February with a leading zero", () => {
    expect(placeAndDate({ place: "An Giang", issuedOn: day("2026-10-05") })).toBe("An Giang, ngày 05 tháng 10 năm 2026");
    expect(placeAndDate({ place: "Cần Thơ", issuedOn: day("2027-02-14") })).toBe("Cần Thơ, ngày 14 tháng 02 năm 2027");
    expect(placeAndDate({ place: "Cần Thơ", issuedOn: day("2027-03-01") })).toBe("Cần Thơ, ngày 01 tháng 3 năm 2027");
  });

  it("lists recipients with a dash, a semicolon each and a full stop after the archive", () => {
    expect(recipientLines(["Như trên", " - UBND tỉnh (để b/c);", "", "Lưu: VT, KHCN."])).toEqual(["- Như trên;", "- UBND tỉnh (để b/c);", "- Lưu: VT, KHCN."]);
  });

  it("starts from the unit's last frame with a new date and no number, else from the unit's name", () => {
    const last: DocumentFrame = {
      parentBody: "ỦY BAN NHÂN DÂN TỈNH AN GIANG",
      issuingBody: "SỞ KHOA HỌC VÀ CÔNG NGHỆ",
      number: "15",
      abbreviation: "SKHCN",
      addressee: "Ủy ban nhân dân tỉnh An Giang",
      place: "An Giang",
      issuedOn: day("2026-07-10"),
      signerAuthority: "KT. GIÁM ĐỐC",
      signerPosition: "PHÓ GIÁM ĐỐC",
      signerName: "Nguyễn Văn A",
      recipients: ["Như trên", "Lưu: VT"],
    };
    expect(startingFrame(last, { nameVi: "An Giang (từ 01/7/2025)", kind: "province" }, day("2026-10-05"))).toEqual({ ...last, number: "", issuedOn: day("2026-10-05") });
    expect(startingFrame(null, { nameVi: "An Giang (từ 01/7/2025)", kind: "province" }, day("2026-10-05"))).toMatchObject({
      parentBody: "UBND TỈNH AN GIANG",
      addressee: "Ủy ban nhân dân tỉnh An Giang",
      place: "An Giang",
    });
    expect(startingFrame(null, { nameVi: "Thành phố Cần Thơ (từ 01/7/2025)", kind: "city" }, day("2026-10-05"))).toMatchObject({
      parentBody: "UBND THÀNH PHỐ CẦN THƠ",
      place: "Cần Thơ",
    });
  });
});
