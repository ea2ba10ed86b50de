// The progress report's words (page, Word file and charts), Vietnamese first. The English
// has the same shape, so a missing or mis-shaped entry fails the type check;
// lib/i18n/messages.ts and lib/i18n/en.ts merge both into the catalogues.
import { lowerFirst } from "@/lib/domain/format";

export const vi = {
  report: {
    heading: "Báo cáo tiến độ chuyển đổi số",
    title: (unit: string, period: string) => `Báo cáo tiến độ chuyển đổi số — ${unit} — ${period}`,
    subtitle: (unit: string, period: string) => `${unit} · ${period}`,
    asOf: (date: string) => `Số liệu của các kỳ kết thúc đến hết ngày ${date}; tình trạng đánh giá tại thời điểm đó.`,
    publicNote: "Chỉ gồm số liệu đã được phê duyệt và công bố.",
    internalNote: "Bản nội bộ: gồm cả số liệu đã phê duyệt nhưng chưa công bố, mỗi số liệu như vậy ghi «chưa công bố». Không phát hành ra ngoài trước khi công bố.",
    internalBanner: "Bản nội bộ — có số liệu chưa công bố",
    unpublished: "chưa công bố",
    summary: "Tóm tắt",
    summaryIntro:
      "Mỗi chỉ tiêu của từng trụ cột được đếm một lần theo tình trạng so với mục tiêu chính (năm 2025), như trên trang tổng quan và bảng điểm: «Chưa đánh giá được» là chỉ tiêu có số liệu nhưng chưa có mục tiêu hoặc chưa đủ số liệu để đánh giá; «Chưa có số liệu» là chỉ tiêu chưa có số liệu nào.",
    verdicts: {
      ACHIEVED: "Đã đạt",
      ON_TRACK: "Đúng tiến độ",
      ACCELERATION_NEEDED: "Cần tăng tốc",
      OFF_TRACK: "Chậm hoặc không đạt",
      UNASSESSED: "Chưa đánh giá được",
      NO_DATA: "Chưa có số liệu",
    } as Record<"ACHIEVED" | "ON_TRACK" | "ACCELERATION_NEEDED" | "OFF_TRACK" | "UNASSESSED" | "NO_DATA", string>,
    indicatorCount: "Số chỉ tiêu",
    total: "Tổng cộng",
    pillar: "Trụ cột",
    dti: "Chỉ số chuyển đổi số (DTI)",
    dtiRank: (rank: number, of: number | null, year: number) => `Năm ${year}: xếp hạng ${rank}${of ? `/${of}` : ""}`,
    dtiChange: (places: number, year: number) =>
      places > 0 ? `tăng ${places} bậc so với năm ${year}` : places < 0 ? `giảm ${-places} bậc so với năm ${year}` : `giữ nguyên thứ hạng so với năm ${year}`,
    noDti: "Chưa có kết quả DTI công bố đến kỳ này.",
    dtiTrend: "Thứ hạng DTI qua các năm",
    columns: {
      indicator: "Chỉ tiêu",
      latest: "Số liệu mới nhất",
      previous: "Kỳ trước",
      change: "Thay đổi",
      targets: "Mục tiêu",
      verdict: "Đánh giá",
      pace: "Cần thêm",
      source: "Nguồn",
    },
    noTarget: "Chưa có mục tiêu",
    pace: (amount: string, year: number) => `${amount}/quý đến hết năm ${year}`,
    paceMet: (year: number) => `Đã đạt mục tiêu ${year}`,
    noQuarterLeft: (year: number) => `Không còn quý nào đến hết năm ${year}`,
    final: "năm mục tiêu đã qua",
    charts: "Biểu đồ tiến độ các chỉ tiêu chính",
    chartTarget: (year: number, value: string) => `Mục tiêu ${year}: ${value}`,
    chartAlt: (name: string, figures: string) => `${name}: ${figures}`,
    behind: "Chỉ tiêu chậm so với mục tiêu",
    noneBehind: "Không có chỉ tiêu nào chậm so với mục tiêu.",
    noData: "Chỉ tiêu chưa có số liệu",
    verdictBasis: (figure: string, of: string | null) => (of ? `theo số liệu của ${of}, ${figure}` : `theo số liệu ${figure}`),
    onlyPredecessors: (figures: string) => `chỉ có số liệu của đơn vị trước sáp nhập — ${figures}`,
    noneMissing: "Mọi chỉ tiêu đều đã có số liệu.",
    predecessors: "Số liệu của đơn vị trước sáp nhập",
    predecessor: (unit: string) => `${unit} (trước sáp nhập)`,
    successorFigure: (unit: string) => `theo số liệu của ${unit} (sau sáp nhập)`,
    sources: "Phụ lục: nguồn số liệu",
    sourceRef: (n: number) => `[${n}]`,
    download: "Tải bản Word (DOCX)",
    print: "In hoặc lưu PDF",
    backToSheet: "Về trang số liệu của kỳ này",
    internalLink: "Báo cáo tiến độ của kỳ này (bản nội bộ, có số liệu đã phê duyệt chưa công bố)",
    periodChoice: "Kỳ báo cáo",
    open: "Xem báo cáo",
    linkFromScorecard: "Báo cáo tiến độ theo kỳ",
    linkIntro: "Tóm tắt theo trụ cột, bảng từng chỉ tiêu, danh sách chậm và chưa có số liệu, nguồn — xem trên web, in hoặc tải bản Word.",
    page: (n: string, total: string) => `Trang ${n}/${total}`,
    /** After the change of a figure for which less is better (a rank, overdue dossiers): what the sign means. */
    changeMeaning: { better: "tốt lên", worse: "kém đi" },
    sentence: {
      counts: (achieved: number, total: number, others: string) => `${achieved}/${total} chỉ tiêu đã đạt mục tiêu${others ? `; ${others}` : ""}.`,
      noTargets: (n: number) => `Chưa chỉ tiêu nào trong ${n} chỉ tiêu của trụ cột này có mục tiêu.`,
      moved: (name: string, direction: "UP" | "DOWN" | "SAME", from: string, fromPeriod: string, to: string, toPeriod: string) =>
        direction === "SAME"
          ? `${name} không đổi ở mức ${to} (${lowerFirst(fromPeriod)} và ${lowerFirst(toPeriod)})`
          : `${name} ${direction === "UP" ? "tăng" : "giảm"} từ ${from} (${lowerFirst(fromPeriod)}) ${direction === "UP" ? "lên" : "xuống"} ${to} (${lowerFirst(toPeriod)})`,
      /** Between the parts of one indicator's sentence. */
      join: ", ",
      notComparable: (name: string, from: string, fromPeriod: string, to: string, toPeriod: string, why: string) =>
        `${name}: ${from} (${lowerFirst(fromPeriod)}) và ${to} (${lowerFirst(toPeriod)}), ${why}`,
      movedRank: (name: string, better: boolean, from: string, fromPeriod: string, to: string, toPeriod: string) =>
        `${name}: ${better ? "tăng" : "tụt"} từ hạng ${from} (${lowerFirst(fromPeriod)}) ${better ? "lên" : "xuống"} hạng ${to} (${lowerFirst(toPeriod)})`,
      one: (name: string, value: string, period: string) => `${name} đạt ${value} (${lowerFirst(period)}), chưa có số liệu kỳ trước để so sánh`,
      final: (achieved: boolean, year: number) => (achieved ? `đạt mục tiêu năm ${year}` : `không đạt mục tiêu năm ${year}`),
      gap: (gap: string, year: number) => `còn cách mục tiêu năm ${year} ${gap}`,
      met: (year: number) => `đã đạt mục tiêu năm ${year}`,
    },
  },
};

export const en: typeof vi = {
  report: {
    heading: "Digital transformation progress report",
    title: (unit: string, period: string) => `Digital transformation progress report — ${unit} — ${period}`,
    subtitle: (unit: string, period: string) => `${unit} · ${period}`,
    asOf: (date: string) => `Figures of periods ending on or before ${date}; statuses as they stood then.`,
    publicNote: "Only figures that have been approved and published.",
    internalNote: "Internal version: includes figures approved but not yet published, each marked “not yet published”. Not to be released before publication.",
    internalBanner: "Internal version — contains unpublished figures",
    unpublished: "not yet published",
    summary: "Summary",
    summaryIntro:
      "Each indicator of each pillar is counted once, by its status against the main (2025) target, as on the overview and the scorecard: “Not yet assessable” is an indicator with figures but no target, or too few figures to judge; “No data yet” is an indicator with no figure at all.",
    verdicts: {
      ACHIEVED: "Achieved",
      ON_TRACK: "On track",
      ACCELERATION_NEEDED: "Acceleration needed",
      OFF_TRACK: "Behind or not achieved",
      UNASSESSED: "Not yet assessable",
      NO_DATA: "No data yet",
    } as Record<"ACHIEVED" | "ON_TRACK" | "ACCELERATION_NEEDED" | "OFF_TRACK" | "UNASSESSED" | "NO_DATA", string>,
    indicatorCount: "Indicators",
    total: "Total",
    pillar: "Pillar",
    dti: "Digital Transformation Index (DTI)",
    dtiRank: (rank: number, of: number | null, year: number) => `${year}: ranked ${rank}${of ? ` of ${of}` : ""}`,
    dtiChange: (places: number, year: number) =>
      places > 0
        ? `up ${places} ${places === 1 ? "place" : "places"} since ${year}`
        : places < 0
          ? `down ${-places} ${places === -1 ? "place" : "places"} since ${year}`
          : `the same rank as in ${year}`,
    noDti: "No DTI result published up to this period.",
    dtiTrend: "DTI rank over the years",
    columns: {
      indicator: "Indicator",
      latest: "Latest figure",
      previous: "Previous",
      change: "Change",
      targets: "Targets",
      verdict: "Assessment",
      pace: "Still needed",
      source: "Source",
    },
    noTarget: "No target",
    pace: (amount: string, year: number) => `${amount} a quarter until the end of ${year}`,
    paceMet: (year: number) => `${year} target achieved`,
    noQuarterLeft: (year: number) => `No quarter left before the end of ${year}`,
    final: "the target year has ended",
    charts: "Progress of the headline indicators",
    chartTarget: (year: number, value: string) => `${year} target: ${value}`,
    chartAlt: (name: string, figures: string) => `${name}: ${figures}`,
    behind: "Indicators behind their target",
    noneBehind: "No indicator is behind its target.",
    noData: "Indicators without figures",
    verdictBasis: (figure: string, of: string | null) => (of ? `on the figure of ${of}, ${figure}` : `on the figure ${figure}`),
    onlyPredecessors: (figures: string) => `only figures of the units before the merger — ${figures}`,
    noneMissing: "Every indicator has figures.",
    predecessors: "Figures of the units before the merger",
    predecessor: (unit: string) => `${unit} (before the merger)`,
    successorFigure: (unit: string) => `on the figure of ${unit} (after the merger)`,
    sources: "Appendix: sources",
    sourceRef: (n: number) => `[${n}]`,
    download: "Download as Word (DOCX)",
    print: "Print or save as PDF",
    backToSheet: "Back to this period's figures",
    internalLink: "This period's progress report (internal version, with approved figures not yet published)",
    periodChoice: "Reporting period",
    open: "Open the report",
    linkFromScorecard: "Progress report by period",
    linkIntro: "A summary per pillar, a table of every indicator, what is behind and what has no figures, and the sources — on the web, printed or as a Word file.",
    page: (n: string, total: string) => `Page ${n} of ${total}`,
    changeMeaning: { better: "better", worse: "worse" },
    sentence: {
      counts: (achieved: number, total: number, others: string) =>
        `${achieved} of ${total} ${total === 1 ? "indicator has" : "indicators have"} achieved the target${others ? `; ${others}` : ""}.`,
      noTargets: (n: number) => `None of the ${n} ${n === 1 ? "indicator" : "indicators"} of this pillar has a target yet.`,
      moved: (name: string, direction: "UP" | "DOWN" | "SAME", from: string, fromPeriod: string, to: string, toPeriod: string) =>
        direction === "SAME"
          ? `${name} stayed at ${to} (${fromPeriod} and ${toPeriod})`
          : `${name} ${direction === "UP" ? "rose" : "fell"} from ${from} (${fromPeriod}) to ${to} (${toPeriod})`,
      join: "; ",
      notComparable: (name: string, from: string, fromPeriod: string, to: string, toPeriod: string, why: string) => `${name}: ${from} (${fromPeriod}) and ${to} (${toPeriod}), ${why}`,
      movedRank: (name: string, better: boolean, from: string, fromPeriod: string, to: string, toPeriod: string) =>
        `${name} ${better ? "rose" : "fell"} from rank ${from} (${fromPeriod}) to rank ${to} (${toPeriod})`,
      one: (name: string, value: string, period: string) => `${name} stood at ${value} (${period}), with no earlier figure to compare`,
      final: (achieved: boolean, year: number) => (achieved ? `the ${year} target was achieved` : `the ${year} target was not achieved`),
      gap: (gap: string, year: number) => `${gap} short of the ${year} target`,
      met: (year: number) => `the ${year} target is already met`,
    },
  },
};
