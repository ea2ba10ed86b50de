import "server-only";
// A progress report as a Word document. The public file: A4 portrait, the
// unit and period in the header of every page, page numbers in the footer.
// The internal file, given its frame (features/progress-report/frame.ts): a
// document the department head signs, laid out as Decree 30/2020/NĐ-CP sets
// (see officialSections), with a landscape appendix. Both: real headings and
// tables (header rows repeat, rows never split), a mark on every page where
// figures are not yet published, the headline charts as PNG images rendered
// here from the same SVG the page shows, with fonts from npm
// (dejavu-fonts-ttf), no browser and no network. The words are those of
// features/progress-report/words.ts.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ISectionOptions,
} from "docx";
import { numberLine, placeAndDate, recipientLines, type DocumentFrame } from "@/features/progress-report/frame";
import type { PillarReport } from "@/features/progress-report/facts";
import type { SourceView } from "@/features/published/selects";
import { reportCharts } from "@/features/progress-report/charts";
import { changeText, closedLines, noDataText, dtiText, dtiTrendText, figureText, paceText, paragraphText, sourceLine, targetsText, verdictText } from "@/features/progress-report/words";
import type { ProgressReport } from "@/features/progress-report/reads";
import type { I18n } from "@/lib/i18n/i18n";
import { periodEnd } from "@/lib/domain/period";
import { CHART_HEIGHT, CHART_WIDTH } from "@/lib/charts/time-chart";
import { svgToPng } from "@/lib/server/png";
import { REPORT_VERDICTS } from "@/features/progress-report/facts";

/** Body text: the face Vietnamese administrative documents are written in. */
const FONT = "Times New Roman";
/** A4 in twentieths of a point, 2 cm margins. */
const A4 = { width: 11906, height: 16838, margin: 1134 };
/**
 * Decree 30/2020/NĐ-CP, Appendix I, Part II: top and bottom margins 20–25 mm,
 * left 30–35 mm, right 15–20 mm; body text 13–14 pt; page numbers centred
 * in the top margin, none on the first page.
 */
const DECREE_MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 851 };
const DECREE_WIDTH = A4.width - DECREE_MARGIN.left - DECREE_MARGIN.right;
/** 14 pt, in half-points. */
const BODY_SIZE = 28;
/** Indicator, figure, previous, change, targets, verdict, pace, sources: sized to what they hold, filling the text width (portrait 9,638; the appendix, landscape with 2 cm margins, 14,570). */
const PORTRAIT_COLUMNS = [2000, 1150, 1150, 950, 1100, 1600, 1100, 588] as const;
const LANDSCAPE_COLUMNS = [3300, 1700, 1700, 1300, 1700, 2500, 1570, 800] as const;
const IMAGE_WIDTH = 600;

const LANGUAGE = { vi: "vi-VN", en: "en-GB" } as const;

/** "report-an-giang-2025-2026-Q3-vi.docx": the unit, the period and the language, and "-internal" for the version with unpublished figures. */
export function reportFileName(report: Pick<ProgressReport, "unit" | "period">, locale: keyof typeof LANGUAGE, internal: boolean): string {
  return `report-${report.unit.slug}-${report.period.code}-${locale}${internal ? "-internal" : ""}.docx`;
}

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The chart at twice its size, so it stays sharp when printed. */
export function chartPng(svg: string): Buffer {
  return svgToPng(svg, CHART_WIDTH * 2);
}

/**
 * `dated`: the file's own date, in its properties and on each of its parts,
 * instead of the moment it is made: given the day its data last changed, the
 * same figures always make the same file, byte for byte, so a download keeps
 * its ETag until they change.
 */
export async function reportDocx(report: ProgressReport, t: I18n, options: { internal: boolean; frame?: DocumentFrame | null; dated?: Date | null }): Promise<Buffer> {
  const { m } = t;
  const { facts, period, unit } = report;
  const periodName = t.period(period.code);
  const marked = options.internal && facts.hasUnpublished;
  const parts = reportParts(report, t, options.internal);
  const headerText = `${t.name(unit)} — ${periodName}`;
  const sections: ISectionOptions[] = options.frame
    ? officialSections(report, t, options.frame, parts, marked)
    : [
        {
          properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin } } },
          headers: {
            default: new Header({
              children: [
                new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: headerText, size: 18 })] }),
                ...(marked ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: m.report.internalBanner, bold: true, size: 18 })] })] : []),
              ],
            }),
          },
          footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: pageNumberRuns(m.report.page) })] }) },
          children: [
            new Paragraph({ text: m.report.heading, heading: HeadingLevel.TITLE }),
            para(m.report.subtitle(t.name(unit), periodName), { bold: true, size: 28 }),
            ...parts.opening.map((line) => para(line)),
            heading(m.report.summary),
            para(parts.summaryIntro),
            ...parts.summary,
            ...facts.pillars.flatMap((pillar) => [heading(t.name(pillar)), para(paragraphText(pillar, t)), ...pillarDetail(pillar, facts.sourceNumbers, t, PORTRAIT_COLUMNS)]),
            ...parts.charts,
            ...parts.behind,
            ...parts.noData,
            ...parts.sources,
          ],
        },
      ];

  const document = new Document({
    creator: m.site.title,
    title: m.report.title(t.name(unit), periodName),
    description: options.internal ? m.report.internalNote : m.report.publicNote,
    // The file's language, so spelling and hyphenation follow it.
    styles: { default: { document: { run: { font: FONT, size: options.frame ? BODY_SIZE : 24, language: { value: LANGUAGE[t.locale] } } } } },
    numbering: { config: [{ reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }] }] },
    sections,
  });
  const file = await Packer.toBuffer(document);
  return options.dated ? datedAt(file, options.dated) : file;
}

/** The document with `at` as its creation and last modification and as the date of every part in its zip file. */
function datedAt(file: Buffer, at: Date): Buffer {
  const parts = unzipSync(file);
  const stamp = at.toISOString().replace(/\.\d{3}Z$/, "Z");
  const core = parts["docProps/core.xml"];
  if (core) parts["docProps/core.xml"] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)\b[^>]*>)[^<]*/g, `$1${stamp}`));
  // A zip file cannot date anything before 1980.
  return Buffer.from(zipSync(parts, { mtime: Math.max(at.getTime(), Date.UTC(1980, 0, 2)) }));
}

const text = (value: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}) => new TextRun({ text: value, ...options });
const para = (value: string, opts: { bold?: boolean; size?: number } = {}) => new Paragraph({ children: [new TextRun({ text: value, bold: opts.bold, size: opts.size })] });
const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) => new Paragraph({ text: value, heading: level, keepNext: true });

/** The report's parts, shared by the plain file and the framed one. */
function reportParts(report: ProgressReport, t: I18n, internal: boolean) {
  const { m } = t;
  const { facts, period } = report;
  const summary: Array<Paragraph | Table> = [
    table(
      [m.report.pillar, ...REPORT_VERDICTS.map((v) => m.report.verdicts[v]), m.report.indicatorCount],
      [
        ...facts.pillars.map((p) => [t.name(p), ...REPORT_VERDICTS.map((v) => String(p.counts[v])), String(p.total)]),
        [m.report.total, ...REPORT_VERDICTS.map((v) => String(facts.counts[v])), String(facts.total)],
      ],
      { size: 10 },
    ),
    ...closedLines(facts, t).map((line) => para(line)),
    new Paragraph({ children: [text(`${m.report.dti}: `, { bold: true }), text(dtiText(facts, t)), text(facts.dti.latest ? ` ${ref(facts.sourceNumbers, facts.dti.latest.source.key)}` : "")] }),
  ];
  const trend = dtiTrendText(facts);
  if (trend) summary.push(new Paragraph({ children: [text(`${m.report.dtiTrend}: `, { bold: true }), text(trend)] }));

  const charts: Paragraph[] = [];
  const drawn = reportCharts(report, t);
  if (drawn.length > 0) {
    charts.push(heading(m.report.charts));
    for (const [index, chart] of drawn.entries()) {
      charts.push(
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: "png",
              data: chartPng(chart.svg),
              transformation: { width: IMAGE_WIDTH, height: Math.round((IMAGE_WIDTH * CHART_HEIGHT) / CHART_WIDTH) },
              // Numbered within the file, not by a counter that runs on across every file the process makes.
              altText: { id: String(index + 1), name: chart.code, title: chart.title, description: chart.alt },
            }),
          ],
        }),
        new Paragraph({ children: [text(chart.title, { bold: true })], spacing: { after: 200 } }),
      );
    }
  }

  const behind: Paragraph[] = [heading(`${m.report.behind} (${facts.behind.length})`)];
  if (facts.behind.length === 0) behind.push(para(m.report.noneBehind));
  for (const row of facts.behind) behind.push(bullet(`${t.name(row.indicator)}: ${row.latest ? figureText(row.latest, row.indicator.unit, t) : m.common.noData} — ${verdictText(row, t)}`));
  const noData: Paragraph[] = [heading(`${m.report.noData} (${facts.noData.length})`)];
  if (facts.noData.length === 0) noData.push(para(m.report.noneMissing));
  for (const row of facts.noData) noData.push(bullet(noDataText(row, t)));

  const sources: Paragraph[] = [heading(m.report.sources)];
  facts.sources.forEach((source, i) => {
    sources.push(new Paragraph({ children: [text(`${m.report.sourceRef(i + 1)} `, { bold: true }), text(sourceLine(source, t)), ...(source.url ? [text(` ${source.url}`)] : [])] }));
  });

  return {
    /** The opening sentences and the summary's introduction, laid out by each file its own way. */
    opening: [m.report.asOf(t.date(periodEnd(period))), internal ? m.report.internalNote : m.report.publicNote],
    summaryIntro: m.report.summaryIntro,
    summary,
    charts,
    behind,
    noData,
    sources,
  };
}

/**
 * A pillar's indicators: a table of those with a figure, each earlier unit's
 * figure on its own labelled row under it; then those without one, a line
 * each, rather than empty rows.
 */
function pillarDetail(pillar: PillarReport<SourceView>, numbers: Record<string, number>, t: I18n, widths: readonly number[]): Array<Paragraph | Table> {
  const { m } = t;
  // A row judged on its successor's figure (a unit merged away) keeps its place in the table, with that verdict.
  const judged = (row: (typeof pillar.rows)[number]) => row.latest !== null || row.successorFigure !== null;
  const withFigures = pillar.rows.filter(judged);
  const without = pillar.rows.filter((row) => !judged(row));
  const rows = withFigures.flatMap((row) => {
    const unitOf = row.indicator.unit;
    const refs = [row.latest?.source, row.previous?.source, ...row.targets.map((x) => x.source), row.successorFigure?.source]
      .flatMap((s) => (s ? [ref(numbers, s.key)] : []))
      .filter((r, i, all) => all.indexOf(r) === i);
    return [
      [
        t.name(row.indicator),
        row.latest ? figureText(row.latest, unitOf, t) : m.common.noData,
        row.previous ? figureText(row.previous, unitOf, t) : "—",
        changeText(row, t),
        targetsText(row, t),
        [verdictText(row, t), ...(row.successorFigure ? [figureText(row.successorFigure, unitOf, t)] : [])].join("\n"),
        paceText(row, t),
        refs.join(" "),
      ],
      ...row.predecessors.map((p) => [`— ${m.report.predecessor(t.name(p.unit))}`, figureText(p.latest, unitOf, t), "", "", "", "", "", ref(numbers, p.latest.source.key)]),
    ];
  });
  const parts: Array<Paragraph | Table> = [];
  if (rows.length > 0) {
    parts.push(
      table(
        [m.report.columns.indicator, m.report.columns.latest, m.report.columns.previous, m.report.columns.change, m.report.columns.targets, m.report.columns.verdict, m.report.columns.pace, m.report.columns.source],
        rows,
        { size: 9, widths },
      ),
    );
  }
  if (without.length > 0) {
    parts.push(new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [text(`${m.report.noData} (${without.length}):`, { bold: true, size: 20 })] }));
    for (const row of without) parts.push(new Paragraph({ numbering: { reference: "bullets", level: 0 }, children: [text(noDataText(row, t), { size: 20 })] }));
  }
  return parts;
}

/** "[3]" for a source's number in the appendix. */
const ref = (numbers: Record<string, number>, key: string) => `[${numbers[key] ?? "?"}]`;

function bullet(value: string): Paragraph {
  return new Paragraph({ text: value, numbering: { reference: "bullets", level: 0 } });
}

/** A table whose header row repeats on every page and whose rows never break across pages; `widths` in twentieths of a point fix each column. */
function table(headers: string[], rows: string[][], options: { size?: number; widths?: readonly number[] } = {}): Table {
  const size = options.size ?? 9;
  const widths = options.widths;
  const cellOf = (value: string, head: boolean, i: number) =>
    new TableCell({
      shading: head ? { type: ShadingType.CLEAR, fill: "E2E8F0", color: "auto" } : undefined,
      ...(widths ? { width: { size: widths[i] ?? 0, type: WidthType.DXA } } : {}),
      children: value.split("\n").map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: head, size: size * 2 })] })),
    });
  return new Table({
    ...(widths ? { width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: [...widths], layout: TableLayoutType.FIXED } : { width: { size: 100, type: WidthType.PERCENTAGE } }),
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cellOf(h, true, i)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value, i) => cellOf(value, false, i)) })),
    ],
  });
}

/** "Trang 3/12": the catalogue's words around Word's page-number fields. */
function pageNumberRuns(words: (n: string, total: string) => string): TextRun[] {
  const [before = "", middle = "", after = ""] = words("\u0001", "\u0002").split(/[\u0001\u0002]/);
  return [
    new TextRun({ children: [before, PageNumber.CURRENT], size: 18 }),
    new TextRun({ children: [middle, PageNumber.TOTAL_PAGES], size: 18 }),
    new TextRun({ text: after, size: 18 }),
  ];
}

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: "auto" } as const;
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

/** A centred line of text in the frame, `size` in points. */
function centred(value: string, options: { size: number; bold?: boolean; italics?: boolean }): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, children: [text(value, { bold: options.bold, italics: options.italics, size: options.size * 2 })] });
}

/** The solid line the decree draws under a name or the motto: `width` long, centred in a column `within` wide. */
function rule(width: number, within: number): Paragraph {
  const indent = Math.max(0, Math.round((within - width) / 2));
  return new Paragraph({ indent: { left: indent, right: indent }, spacing: { after: 120 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "000000", space: 1 } }, children: [] });
}

/** A paragraph of the body: justified, first line indented 1 cm, 6 pt after. */
function bodyPara(value: string | TextRun[]): Paragraph {
  return new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 567 },
    spacing: { after: 120, line: 288 },
    children: typeof value === "string" ? [text(value)] : value,
  });
}

/** Two columns without borders: the frame's top (body and number | title, motto and date) and its foot (recipients | signer). */
function twoColumns(widths: readonly [number, number], left: Paragraph[], right: Paragraph[]): Table {
  return new Table({
    width: { size: widths[0] + widths[1], type: WidthType.DXA },
    columnWidths: [...widths],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        cantSplit: true,
        children: [left, right].map((children, i) => new TableCell({ width: { size: widths[i]!, type: WidthType.DXA }, borders: NO_BORDERS, children })),
      }),
    ],
  });
}

/**
 * The report as a document to sign, laid out as Decree 30/2020/NĐ-CP,
 * Appendix I, sets: the issuing body under its parent and the number at top
 * left; the national title, the motto and place and date at top right; the
 * kind and subject centred; the addressee; the body; the recipients at
 * bottom left and the signer at bottom right; then the appendix, landscape,
 * with the indicator tables, the charts and the sources.
 */
function officialSections(report: ProgressReport, t: I18n, frame: DocumentFrame, parts: ReturnType<typeof reportParts>, marked: boolean): ISectionOptions[] {
  const { m } = t;
  const d = m.report.frame.doc;
  const { facts, unit, period } = report;
  // The national title must stay on one line: the right column is the wider.
  const left = 3600;
  const right = DECREE_WIDTH - left;
  const number = numberLine(frame);
  const top = twoColumns(
    [left, right],
    [
      ...(frame.parentBody ? [centred(frame.parentBody.toLocaleUpperCase("vi-VN"), { size: 12 })] : []),
      centred(frame.issuingBody.toLocaleUpperCase("vi-VN"), { size: 12, bold: true }),
      rule(Math.round(left / 3), left),
      centred(number, { size: 13 }),
    ],
    [centred(d.nationalTitle, { size: 12, bold: true }), centred(d.motto, { size: 13, bold: true }), rule(3300, right), centred(placeAndDate(frame), { size: 14, italics: true })],
  );
  const subject = d.subject(t.period(period.code).toLocaleLowerCase("vi-VN"), t.name(unit).replace(/\s*\(.*\)\s*$/, ""));
  const signer = [
    ...(frame.signerAuthority ? [centred(frame.signerAuthority.toLocaleUpperCase("vi-VN"), { size: 14, bold: true })] : []),
    centred(frame.signerPosition.toLocaleUpperCase("vi-VN"), { size: 14, bold: true }),
    // Room to sign and stamp.
    ...Array.from({ length: 4 }, () => new Paragraph({ children: [] })),
    centred(frame.signerName, { size: 14, bold: true }),
  ];
  const foot = twoColumns(
    [Math.round(DECREE_WIDTH * 0.45), DECREE_WIDTH - Math.round(DECREE_WIDTH * 0.45)],
    [new Paragraph({ children: [text(d.recipients, { bold: true, italics: true, size: 24 })] }), ...recipientLines(frame.recipients).map((line) => new Paragraph({ children: [text(line, { size: 22 })] }))],
    signer,
  );
  const banner = marked ? [new Paragraph({ alignment: AlignmentType.CENTER, children: [text(m.report.internalBanner, { bold: true, size: 20 })] })] : [];
  const pageNumber = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], size: BODY_SIZE })] });
  const headers = { default: new Header({ children: [pageNumber, ...banner] }), first: new Header({ children: banner.length > 0 ? banner : [new Paragraph({ children: [] })] }) };

  const body: Array<Paragraph | Table> = [
    top,
    new Paragraph({ spacing: { before: 360 }, alignment: AlignmentType.CENTER, children: [text(d.kind, { bold: true, size: BODY_SIZE })] }),
    centred(subject, { size: 14, bold: true }),
    rule(Math.round(DECREE_WIDTH / 4), DECREE_WIDTH),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [text(`${d.to} ${frame.addressee}`, { size: BODY_SIZE })] }),
    ...parts.opening.map((line) => bodyPara(line)),
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 120 }, children: [text(d.overview, { bold: true })] }),
    bodyPara(parts.summaryIntro),
    ...parts.summary,
    new Paragraph({ keepNext: true, spacing: { before: 240, after: 120 }, children: [text(d.pillars, { bold: true })] }),
    ...facts.pillars.flatMap((pillar, i) => [
      new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [text(`${i + 1}. ${t.name(pillar)}`, { bold: true })] }),
      bodyPara(paragraphText(pillar, t)),
    ]),
    new Paragraph({ keepNext: true, spacing: { before: 240, after: 120 }, children: [text(d.attention, { bold: true })] }),
    ...parts.behind.map((p, i) => (i === 0 ? new Paragraph({ keepNext: true, children: [text(`${m.report.behind} (${facts.behind.length})`, { bold: true, italics: true })] }) : p)),
    // The indicators without figures are listed, pillar by pillar, in the appendix: here only how many.
    bodyPara(d.noDataCount(facts.noData.length)),
    bodyPara(d.seeAppendix),
    new Paragraph({ children: [] }),
    foot,
  ];

  const appendixOf = d.appendixOf(number.replace(/^Số:\s*/, "số "), placeAndDate(frame).replace(/^[^,]*,\s*/, ""), frame.issuingBody);
  const appendix: Array<Paragraph | Table> = [
    centred(d.appendix, { size: 14, bold: true }),
    centred(d.appendixTitle, { size: 14, bold: true }),
    new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 240 }, children: [text(appendixOf, { italics: true, size: 26 })] }),
    ...facts.pillars.flatMap((pillar, i) => [
      new Paragraph({ keepNext: true, spacing: { before: 240, after: 120 }, children: [text(`${i + 1}. ${t.name(pillar)}`, { bold: true })] }),
      ...pillarDetail(pillar, facts.sourceNumbers, t, LANDSCAPE_COLUMNS),
    ]),
    ...parts.charts,
    ...parts.sources,
  ];

  return [
    {
      properties: { titlePage: true, page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.PORTRAIT }, margin: DECREE_MARGIN } },
      headers,
      children: body,
    },
    {
      properties: { page: { size: { width: A4.width, height: A4.height, orientation: PageOrientation.LANDSCAPE }, margin: { top: A4.margin, bottom: A4.margin, left: A4.margin, right: A4.margin } } },
      headers: { default: new Header({ children: [pageNumber, ...banner] }) },
      children: appendix,
    },
  ];
}
