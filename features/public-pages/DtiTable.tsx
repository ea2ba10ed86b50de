import { SourceCitation } from "@/components/SourceCitation";
import { HeadRow, Table, cell, numericCell, rowClass } from "@/components/ui/Table";
import type { SourceView } from "@/features/published/selects";
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

/** A value no reference confirms carries the mark after it, in words, so it is never read like a confirmed one. */
function Checked({ fields, unverified, children }: { fields: string[]; unverified: ReadonlySet<string>; children: React.ReactNode }) {
  const { m } = useI18n();
  if (!fields.some((f) => unverified.has(f))) return <>{children}</>;
  return (
    <>
      {children}{" "}
      <span className="whitespace-nowrap rounded border border-amber-400 bg-amber-50 px-1 text-[11px] font-medium text-amber-900">
        {m.rankings.unverified}
      </span>
    </>
  );
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
  /** Fields no reference confirms, comma-separated: marked, never shown like the rest. */
  unverified: string | null;
  source: SourceView;
  /** A second source for part of the row's values. */
  alsoSource: SourceView | null;
}

export interface DtiTableRow {
  key: string;
  /** What the row is: a year on a province's page, a province in a year's ranking. */
  heading: React.ReactNode;
  result: DtiFigures;
  province?: string;
}

/** DTI results as published: rank, score, the three pillars, and the source of each row. */
export function DtiTable({ rows, caption, firstColumn }: { rows: DtiTableRow[]; caption: string; firstColumn: string }) {
  const t = useI18n();
  const { m } = t;
  return (
    <Table scrollHint={m.common.scrollHint} caption={caption}>
      <HeadRow labels={[firstColumn, m.rankings.rank, m.rankings.score, m.rankings.gov, m.rankings.econ, m.rankings.soc, m.common.source]} />
      <tbody>
        {rows.map(({ key, heading, result: r, province }) => {
          const unverified = new Set((r.unverified ?? "").split(",").filter(Boolean));
          return (
            <tr key={key} className={rowClass} data-province={province}>
              <th scope="row" className={`${cell} text-left font-medium`}>
                {heading}
              </th>
              <td className={numericCell}>
                <Checked fields={["rank", "rankedCount"]} unverified={unverified}>{dtiRank(t, r.rank, r.rankedCount)}</Checked>
              </td>
              <td className={numericCell}>
                <Checked fields={["score"]} unverified={unverified}>{dtiScore(t, r.score)}</Checked>
              </td>
              <td className={numericCell}>
                <Checked fields={["govScore", "govRank"]} unverified={unverified}>{pillarCell(t, r.govScore, r.govRank)}</Checked>
              </td>
              <td className={numericCell}>
                <Checked fields={["econScore", "econRank"]} unverified={unverified}>{pillarCell(t, r.econScore, r.econRank)}</Checked>
              </td>
              <td className={numericCell}>
                <Checked fields={["socScore", "socRank"]} unverified={unverified}>{pillarCell(t, r.socScore, r.socRank)}</Checked>
              </td>
              <td className={`${cell} text-xs`}>
                {/* Wide enough to read: a cell's own min-width is not kept by a table's layout, its content's is. */}
                <div className="min-w-[15rem]">
                  <SourceCitation source={r.source} />
                  {r.alsoSource ? (
                    <p className="mt-1">
                      {m.rankings.alsoSource}: <SourceCitation source={r.alsoSource} />
                    </p>
                  ) : null}
                  {r.noteVi || r.noteEn ? <p className="mt-1 text-slate-600">{t.text(r.noteVi, r.noteEn)}</p> : null}
                  {unverified.size > 0 ? <p className="mt-1 text-amber-900">{m.rankings.unverifiedNote}</p> : null}
                </div>
              </td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
