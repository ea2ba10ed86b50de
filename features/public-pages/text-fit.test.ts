import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { ellipsize, fitSize, textWidth, wrapLines } from "@/features/public-pages/text-fit";

const FONTS = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) => path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", file));

/** The width DejaVu Sans really draws the line at `size`, measured by resvg. */
function drawn(text: string, size: number, bold: boolean): number {
  const escaped = text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="4000" height="200"><text x="0" y="100" font-family="DejaVu Sans" font-size="${size}"${bold ? ' font-weight="bold"' : ""}>${escaped}</text></svg>`;
  return new Resvg(svg, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" } }).getBBox()?.width ?? 0;
}

const LINES = [
  "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
  "THÀNH PHỐ CẦN THƠ (TỪ 01/7/2025) — ỨNG DỤNG ĐƯỢC SỬ DỤNG",
  "Ưu tiên ường ượng ữa Ơn Ờ Ở Ỡ Ợ Ứ Ừ Ử Ữ Ự",
  "Nguồn: Kỷ nguyên số, tạo đà cho tỉnh phát triển — baomoi.net.vn",
  "Digital economy share of GRDP: 5.99% (2024), 54/63",
  "WWW mmm @@@ %%% 0123456789 …",
];

describe("text fitting", () => {
  it("never says a line is narrower than DejaVu Sans draws it, and is not far off", () => {
    for (const bold of [false, true]) {
      for (const line of LINES) {
        const real = drawn(line, 40, bold);
        expect(textWidth(line, 40, bold), `${line} (${bold ? "bold" : "regular"})`).toBeGreaterThanOrEqual(real);
        expect(textWidth(line, 40, bold), line).toBeLessThan(real * 1.3);
      }
    }
  });

  it("wraps at spaces within the width and the number of lines, ending in an ellipsis when the text goes on", () => {
    const text = "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng hoặc tổ chức được phép khác";
    const two = wrapLines(text, 400, 20, 2);
    expect(two).toHaveLength(2);
    for (const line of two) expect(textWidth(line, 20)).toBeLessThanOrEqual(400);
    expect(two[1]).toMatch(/…$/);
    expect(wrapLines(text, 2000, 20, 2)).toEqual([text]);
    expect(wrapLines("", 400, 20, 2)).toEqual([]);
  });

  it("cuts a word wider than the line, and keeps a line that fits", () => {
    const [line] = wrapLines("https://example.gov.vn/mot-dia-chi-rat-dai-khong-co-dau-cach", 200, 16, 1);
    expect(textWidth(line!, 16)).toBeLessThanOrEqual(200);
    expect(line).toMatch(/…$/);
    expect(ellipsize("An Giang", 400, 20)).toBe("An Giang");
  });

  it("finds the largest size a line fits at, within its bounds", () => {
    expect(fitSize("66,2%", 300, 56, 24, true)).toBe(56);
    const size = fitSize("hơn 1.900.000", 300, 56, 24, true);
    expect(size).toBeLessThan(56);
    expect(textWidth("hơn 1.900.000", size, true)).toBeLessThanOrEqual(300);
    expect(fitSize("x".repeat(500), 300, 56, 24, true)).toBe(24);
  });
});
