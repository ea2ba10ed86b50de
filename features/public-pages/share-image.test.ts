import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { progressChartSvg } from "@/lib/charts/time-chart";
import { SHARE_IMAGE, shareImageSvg, type ShareCard } from "@/features/public-pages/share-image";
import { svgToPng } from "@/lib/server/png";

const FONTS = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) => path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", file));

interface Box {
  text: string;
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Each line of the card's own text (the chart's are the chart's test's) as the box DejaVu Sans really draws, and the chart's place. */
function layout(svg: string) {
  const chart = /<svg x="([\d.]+)" y="([\d.]+)" width="([\d.]+)" height="([\d.]+)"[\s\S]*?<\/svg>/.exec(svg);
  const own = chart ? svg.replace(chart[0], "") : svg;
  const lines: Box[] = [...own.matchAll(/<text [^>]*>[^<]*<\/text>/g)].map(([element]) => {
    const alone = `<svg xmlns="http://www.w3.org/2000/svg" width="${SHARE_IMAGE.width}" height="${SHARE_IMAGE.height}" font-family="DejaVu Sans">${element}</svg>`;
    const box = new Resvg(alone, { font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" } }).getBBox();
    if (!box) throw new Error(`nothing drawn for ${element}`);
    return { text: element.replace(/<[^>]+>/g, ""), x0: box.x, y0: box.y, x1: box.x + box.width, y1: box.y + box.height };
  });
  const area = chart ? { text: "chart", x0: Number(chart[1]), y0: Number(chart[2]), x1: Number(chart[1]) + Number(chart[3]), y1: Number(chart[2]) + Number(chart[4]) } : null;
  return { lines, chart: area };
}

const meet = (a: Box, b: Box) => Math.min(a.x1, b.x1) > Math.max(a.x0, b.x0) && Math.min(a.y1, b.y1) > Math.max(a.y0, b.y0);

/** Every line inside the picture, none over another or over the chart. */
function expectLaidOut(card: ShareCard) {
  const { lines, chart } = layout(shareImageSvg(card));
  for (const line of lines) {
    expect(line.x0, line.text).toBeGreaterThanOrEqual(0);
    expect(line.y0, line.text).toBeGreaterThanOrEqual(0);
    expect(line.x1, line.text).toBeLessThanOrEqual(SHARE_IMAGE.width);
    expect(line.y1, line.text).toBeLessThanOrEqual(SHARE_IMAGE.height);
    if (chart) expect(meet(line, chart), `"${line.text}" over the chart`).toBe(false);
  }
  for (const [i, a] of lines.entries()) for (const b of lines.slice(i + 1)) expect(meet(a, b), `"${a.text}" and "${b.text}"`).toBe(false);
  expect(chart === null || (chart.x1 <= SHARE_IMAGE.width && chart.y1 <= SHARE_IMAGE.height)).toBe(true);
  return lines.map((l) => l.text);
}

const t = (y: number, m = 11, d = 31) => Date.UTC(y, m, d);
const chart = progressChartSvg({
  title: "Tỷ lệ dân số trưởng thành có điện thoại thông minh",
  unit: "PERCENT",
  locale: "vi",
  series: [
    { label: "An Giang (đến 30/6/2025) (trước sáp nhập)", earlier: true, points: [{ t: t(2022), value: 66.2 }, { t: t(2024), value: 70 }] },
    { label: "An Giang (từ 01/7/2025)", earlier: false, points: [{ t: t(2025), value: 74.5 }] },
  ],
  targets: [{ year: 2025, value: 80, label: "Mục tiêu 2025: 80%" }],
});
const source = "Nguồn: Hậu Giang nằm trong top 10 địa phương dẫn đầu toàn quốc về hạ tầng số — Cổng thông tin điện tử tỉnh Hậu Giang, 25/01/2023";

const cards: Record<string, ShareCard> = {
  scorecard: {
    site: "Chuyển đổi số cấp tỉnh",
    kind: "Bảng theo dõi của tỉnh, thành phố",
    title: "Thành phố Cần Thơ (từ 01/7/2025)",
    subtitle: "84 chỉ tiêu: 1 đã đạt, 1 chậm hoặc không đạt, 29 chưa đánh giá được, 53 chưa có số liệu",
    chartTitle: "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán tại ngân hàng",
    chart,
    figures: [
      { label: "Tỷ lệ dân số từ 15 tuổi trở lên có tài khoản giao dịch thanh toán", value: "hơn 98,62%", period: "Quý 4/2025, đến 31/10/2025", source },
      { label: "Xếp hạng DTI", value: "54/63", period: "Năm 2022", source },
    ],
    noData: "Chưa có số liệu",
  },
  indicator: {
    site: "Provincial digital transformation",
    kind: "Indicator",
    title: "People aged 15+ with a bank or other payment account at a bank or another licensed institution",
    subtitle: "Digital society · %",
    chartTitle: null,
    chart,
    figures: [
      { label: "An Giang (from 1 July 2025)", value: null, period: null, source: null },
      { label: "Hau Giang", value: "nearly 1,900,000", period: "H1 2023", source },
      { label: "Can Tho city (from 1 July 2025)", value: "75%", period: "Q3 2025", source },
      { label: "Can Tho (until 30 June 2025)", value: null, period: null, source: null },
    ],
    noData: "No data yet",
  },
  empty: { site: "Chuyển đổi số cấp tỉnh", kind: "Báo cáo tiến độ", title: "Bắc Giang · Quý 3/2026", subtitle: null, chartTitle: null, chart: null, figures: [], noData: "Chưa có số liệu" },
};

describe("share image", () => {
  it("lays out every line inside the picture, none over another or over the chart, in Vietnamese and English", () => {
    for (const card of Object.values(cards)) expectLaidOut(card);
  });

  it("writes a long title on two lines and cuts what still does not fit with an ellipsis, keeping the site's name and the kind of page", () => {
    const long = { ...cards.indicator!, title: `${cards.indicator!.title} `.repeat(4), kind: "A kind of page with a very long name indeed" };
    const lines = expectLaidOut(long);
    expect(lines).toContain("Provincial digital transformation");
    expect(lines.filter((l) => l.startsWith("People aged"))).toHaveLength(1);
    expect(lines.some((l) => l.endsWith("…"))).toBe(true);
  });

  it("says no data in the page's language where a figure is missing, never 0, and shows every unit's figure", () => {
    for (const figures of [cards.indicator!.figures, [...cards.indicator!.figures, ...cards.indicator!.figures.slice(0, 2)]]) {
      const lines = expectLaidOut({ ...cards.indicator!, figures });
      const all = lines.join(" ");
      expect(lines.filter((l) => l === "No data yet")).toHaveLength(figures.filter((f) => f.value === null).length);
      for (const { label, value, period } of figures) {
        expect(all, `${figures.length} figures`).toContain(label);
        if (value) expect(all).toContain(value);
        if (period) expect(all).toContain(period);
      }
      expect(lines).not.toContain("0");
    }
    expect(expectLaidOut(cards.empty!)).toEqual(["Chuyển đổi số cấp tỉnh", "Báo cáo tiến độ", "Bắc Giang · Quý 3/2026", "Chưa có số liệu"]);
  });

  it("gives the source where there is room for it", () => {
    const lines = expectLaidOut(cards.scorecard!);
    expect(lines.filter((l) => l.startsWith("Nguồn:"))).toHaveLength(2);
  });

  it("is drawn as a PNG of 1200×630", () => {
    const png = svgToPng(shareImageSvg(cards.scorecard!), SHARE_IMAGE.width);
    expect(png.subarray(1, 4).toString("latin1")).toBe("PNG");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });
});
