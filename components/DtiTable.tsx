import { SourceCitation } from "@/components/SourceCitation";
import { HeadRow, Table, cell, numericCell, rowClass } from "@/components/ui/Table";
import type { SourceView } from "@/lib/data/selects";
import type { I18n } from "@/lib/i18n/i18n";
import { useI18n } from "@/lib/i18n/server";

/** A DTI score as published (four decimals, "0,4670"), or that the published result leaves it out. */
export const dtiScore = (t: I18n, value: number | null) => (value === null ? t.m.rankings.notPublished : t.value(value, "SCORE"));
/** "17/63", or that the published result leaves it out. */
export const dtiRank = (t: I18n, value: number | null, of?: number | null) =>
  value === null ? t.m.rankings.notPublished : of ? `${value}/${of}` : String(value);

/** A pillar's score with its rank: "0,5142 (hạng 16)". */
function pillarCell(t: I18n, value: number | null, position: number | null) {
  if (value === null && position === null) return t.m.rankings.notPublished;
  const rank = position === null ? "" : `${t.m.rankings.rank.toLowerCase()} ${position}`;
  return value === null ? rank : `${dtiScore(t, value)}${rank ? ` (${rank})` : ""}`;
}

export interface DtiFigures {
  rank: number | null;
  rankedCount: number | null;
  score: number | null;
  govScore: number | null;
  govRank: number | null;
  econScore: number | null;
  econRank: number | null;
  socScore: number | null;
  socRank: number | null;
  noteVi: string | null;
  noteEn: string | null;
  source: SourceView;
}

export interface DtiTableRow {
  key: string;
  /** What the row is: a year on a province's page, a province in a year's ranking. */
  heading: React.ReactNode;
  result: DtiFigures;
  province?: string;
  rankTestId?: string;
}

/** DTI results as published: rank, score, the three pillars, and the source of each row. */
export function DtiTable({ rows, caption, firstColumn }: { rows: DtiTableRow[]; caption: string; firstColumn: string }) {
  const t = useI18n();
  const { m } = t;
  return (
    <Table scrollHint={m.common.scrollHint} caption={caption}>
      <HeadRow labels={[firstColumn, m.rankings.rank, m.rankings.score, m.rankings.gov, m.rankings.econ, m.rankings.soc, m.common.source]} />
      <tbody>
        {rows.map(({ key, heading, result: r, province, rankTestId }) => (
          <tr key={key} className={rowClass} data-province={province}>
            <th scope="row" className={`${cell} text-left font-medium`}>
              {heading}
            </th>
            <td className={numericCell} data-testid={rankTestId}>
              {dtiRank(t, r.rank, r.rankedCount)}
            </td>
            <td className={numericCell}>{dtiScore(t, r.score)}</td>
            <td className={numericCell}>{pillarCell(t, r.govScore, r.govRank)}</td>
            <td className={numericCell}>{pillarCell(t, r.econScore, r.econRank)}</td>
            <td className={numericCell}>{pillarCell(t, r.socScore, r.socRank)}</td>
            <td className={`${cell} text-xs`}>
              {/* Wide enough to read: a cell's own min-width is not kept by a table's layout, its content's is. */}
              <div className="min-w-[15rem]">
                <SourceCitation source={r.source} />
                {r.noteVi || r.noteEn ? <p className="mt-1 text-slate-600">{t.text(r.noteVi, r.noteEn)}</p> : null}
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
