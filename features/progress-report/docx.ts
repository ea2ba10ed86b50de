import "server-only";
// A progress report as a Word document the department edits and signs: A4
// portrait, the unit and period in the header of every page (and, in the
// internal version with unpublished figures, a mark saying so), page numbers
// in the footer, real headings and tables (header rows repeat, rows never
// split), the headline charts as PNG images rendered here from the same SVG
// the page shows, with fonts from npm (dejavu-fonts-ttf), no browser and no
// network. The words are those of features/progress-report/words.ts.
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import {
  AlignmentType,
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
  TableRow,
  TextRun,
  WidthType,
} from "docx";
import { reportCharts } from "@/features/progress-report/charts";
import { changeText, noDataText, dtiText, dtiTrendText, figureText, paceText, paragraphText, sourceLine, targetsText, verdictText } from "@/features/progress-report/words";
import type { ProgressReport } from "@/features/progress-report/reads";
import type { I18n } from "@/lib/i18n/i18n";
import { periodEnd } from "@/lib/domain/period";
import { CHART_FONT, CHART_HEIGHT, CHART_WIDTH } from "@/features/progress-report/chart-svg";
import { REPORT_VERDICTS } from "@/features/progress-report/facts";

/** Body text: the face Vietnamese administrative documents are written in. */
const FONT = "Times New Roman";
const FONT_FILES = ["DejaVuSans.ttf", "DejaVuSans-Bold.ttf"].map((file) => path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf", file));
/** A4 in twentieths of a point, 2 cm margins. */
const A4 = { width: 11906, height: 16838, margin: 1134 };
const IMAGE_WIDTH = 600;

export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The chart at twice its size, so it stays sharp when printed. */
export function chartPng(svg: string): Buffer {
  const image = new Resvg(svg, { fitTo: { mode: "width", value: CHART_WIDTH * 2 }, font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: CHART_FONT } });
  return image.render().asPng();
}

export async function reportDocx(report: ProgressReport, t: I18n, options: { internal: boolean }): Promise<Buffer> {
  const { m } = t;
  const { facts, period, unit } = report;
  const periodName = t.period(period.code);
  const marked = options.internal && facts.hasUnpublished;
  const text = (value: string, bold = false) => new TextRun({ text: value, bold });
  const para = (value: string, opts: { bold?: boolean; size?: number } = {}) => new Paragraph({ children: [new TextRun({ text: value, bold: opts.bold, size: opts.size })] });
  const heading = (value: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel] = HeadingLevel.HEADING_1) => new Paragraph({ text: value, heading: level, keepNext: true });

  const body: Array<Paragraph | Table> = [
    new Paragraph({ text: m.report.heading, heading: HeadingLevel.TITLE }),
    para(m.report.subtitle(t.name(unit), periodName), { bold: true, size: 28 }),
    para(m.report.asOf(t.date(periodEnd(period)))),
    para(options.internal ? m.report.internalNote : m.report.publicNote),
    heading(m.report.summary),
    para(m.report.summaryIntro),
    table(
      [m.report.pillar, ...REPORT_VERDICTS.map((v) => m.report.verdicts[v]), m.report.indicatorCount],
      [
        ...facts.pillars.map((p) => [t.name(p), ...REPORT_VERDICTS.map((v) => String(p.counts[v])), String(p.total)]),
        [m.report.total, ...REPORT_VERDICTS.map((v) => String(facts.counts[v])), String(facts.total)],
      ],
    ),
    new Paragraph({ children: [text(`${m.report.dti}: `, true), text(dtiText(facts, t)), text(facts.dti.latest ? ` ${ref(facts.sourceNumbers, facts.dti.latest.source.key)}` : "")] }),
  ];
  const trend = dtiTrendText(facts);
  if (trend) body.push(new Paragraph({ children: [text(`${m.report.dtiTrend}: `, true), text(trend)] }));

  for (const pillar of facts.pillars) {
    body.push(heading(t.name(pillar)), para(paragraphText(pillar, t)));
    body.push(
      table(
        [m.report.columns.indicator, m.report.columns.latest, m.report.columns.previous, m.report.columns.change, m.report.columns.targets, m.report.columns.verdict, m.report.columns.pace, m.report.columns.source],
        pillar.rows.map((row) => {
          const unitOf = row.indicator.unit;
          const refs = [row.latest?.source, row.previous?.source, ...row.targets.map((t) => t.source), row.successorFigure?.source, ...row.predecessors.map((p) => p.latest.source)]
            .flatMap((s) => (s ? [ref(facts.sourceNumbers, s.key)] : []))
            .filter((r, i, all) => all.indexOf(r) === i);
          return [
            [t.name(row.indicator), ...row.predecessors.map((p) => `${m.report.predecessor(t.name(p.unit))}: ${figureText(p.latest, unitOf, t)}`)].join("\n"),
            row.latest ? figureText(row.latest, unitOf, t) : m.common.noData,
            row.previous ? figureText(row.previous, unitOf, t) : "—",
            changeText(row, t),
            targetsText(row, t),
            [verdictText(row, t), ...(row.successorFigure ? [figureText(row.successorFigure, unitOf, t)] : [])].join("\n"),
            paceText(row, t),
            refs.join(" "),
          ];
        }),
        8,
      ),
    );
  }

  const charts = reportCharts(report, t);
  if (charts.length > 0) {
    body.push(heading(m.report.charts));
    for (const chart of charts) {
      body.push(
        new Paragraph({
          keepNext: true,
          children: [
            new ImageRun({
              type: "png",
              data: chartPng(chart.svg),
              transformation: { width: IMAGE_WIDTH, height: Math.round((IMAGE_WIDTH * CHART_HEIGHT) / CHART_WIDTH) },
              altText: { name: chart.code, title: chart.title, description: chart.alt },
            }),
          ],
        }),
        new Paragraph({ children: [text(chart.title, true)], spacing: { after: 200 } }),
      );
    }
  }

  body.push(heading(`${m.report.behind} (${facts.behind.length})`));
  if (facts.behind.length === 0) body.push(para(m.report.noneBehind));
  for (const row of facts.behind) {
    body.push(bullet(`${t.name(row.indicator)}: ${row.latest ? figureText(row.latest, row.indicator.unit, t) : m.common.noData} — ${verdictText(row, t)}`));
  }
  body.push(heading(`${m.report.noData} (${facts.noData.length})`));
  if (facts.noData.length === 0) body.push(para(m.report.noneMissing));
  for (const row of facts.noData) body.push(bullet(noDataText(row, t)));

  body.push(heading(m.report.sources));
  facts.sources.forEach((source, i) => {
    body.push(new Paragraph({ children: [text(`${m.report.sourceRef(i + 1)} `, true), text(sourceLine(source, t)), ...(source.url ? [text(` ${source.url}`)] : [])] }));
  });

  const headerText = `${t.name(unit)} — ${periodName}`;
  const document = new Document({
    creator: m.site.title,
    title: m.report.title(t.name(unit), periodName),
    description: options.internal ? m.report.internalNote : m.report.publicNote,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    numbering: { config: [{ reference: "bullets", levels: [{ level: 0, format: LevelFormat.BULLET, text: "•", alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }] }] },
    sections: [
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
        children: body,
      },
    ],
  });
  return Packer.toBuffer(document);
}

/** "[3]" for a source's number in the appendix. */
const ref = (numbers: Record<string, number>, key: string) => `[${numbers[key] ?? "?"}]`;

function bullet(value: string): Paragraph {
  return new Paragraph({ text: value, numbering: { reference: "bullets", level: 0 } });
}

/** A table whose header row repeats on every page and whose rows never break across pages. */
function table(headers: string[], rows: string[][], size = 9): Table {
  const cellOf = (value: string, head: boolean) =>
    new TableCell({
      shading: head ? { type: ShadingType.CLEAR, fill: "E2E8F0", color: "auto" } : undefined,
      children: value.split("\n").map((line) => new Paragraph({ children: [new TextRun({ text: line, bold: head, size: size * 2 })] })),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h) => cellOf(h, true)) }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((value) => cellOf(value, false)) })),
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
