import { SourceCitation } from "@/components/SourceCitation";
import type { ProvinceProfile } from "@/lib/data/scorecard";
import { formatNumber } from "@/lib/format";
import { vi as m } from "@/lib/i18n/messages";

type DtiRow = ProvinceProfile["dtiResults"][number];

/** A DTI score as published (four decimals), or "no data". */
export const dtiScore = (value: number | null) => (value === null ? m.common.noData : formatNumber(value, "vi", 4));
/** "17/63", or "no data". */
export const dtiRank = (value: number | null, of?: number | null) =>
  value === null ? m.common.noData : of ? `${value}/${of}` : String(value);

/** The published DTI results of one province, year by year, as published. */
export function DtiTable({ results, caption }: { results: DtiRow[]; caption: string }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left">
            <th scope="col" className="py-2 pr-3">{m.rankings.year}</th>
            <th scope="col" className="py-2 pr-3">{m.rankings.rank}</th>
            <th scope="col" className="py-2 pr-3">{m.rankings.score}</th>
            <th scope="col" className="py-2 pr-3">{m.rankings.gov}</th>
            <th scope="col" className="py-2 pr-3">{m.rankings.econ}</th>
            <th scope="col" className="py-2 pr-3">{m.rankings.soc}</th>
            <th scope="col" className="py-2">{m.common.source}</th>
          </tr>
        </thead>
        <tbody>
          {results.map((r) => (
            <tr key={r.year} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-2 pr-3 font-medium">{r.year}</th>
              <td className="py-2 pr-3 tabular-nums" data-testid={`dti-rank-${r.year}`}>{dtiRank(r.rank, r.rankedCount)}</td>
              <td className="py-2 pr-3 tabular-nums">{dtiScore(r.score)}</td>
              <td className="py-2 pr-3 tabular-nums">{pillarCell(r.govScore, r.govRank)}</td>
              <td className="py-2 pr-3 tabular-nums">{pillarCell(r.econScore, r.econRank)}</td>
              <td className="py-2 pr-3 tabular-nums">{pillarCell(r.socScore, r.socRank)}</td>
              <td className="py-2 text-xs">
                <SourceCitation source={r.source} />
                {r.noteVi ? <p className="mt-1 text-slate-600">{r.noteVi}</p> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** A pillar's score with its rank: "0,5142 (hạng 16)". */
export function pillarCell(value: number | null, position: number | null) {
  if (value === null && position === null) return m.common.noData;
  return `${dtiScore(value)}${position === null ? "" : ` (${m.rankings.rank.toLowerCase()} ${position})`}`;
}
