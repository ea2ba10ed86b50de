import type { Metadata } from "next";
import Link from "next/link";
import { dtiRank, dtiScore, pillarCell } from "@/components/DtiTable";
import { SourceCitation } from "@/components/SourceCitation";
import { listDtiResults } from "@/lib/data/open-data";
import { vi as m } from "@/lib/i18n/messages";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: m.rankings.heading };


export default async function RankingsPage() {
  const results = await listDtiResults();
  const years = [...new Set(results.map((r) => r.year))];
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{m.rankings.heading}</h1>
        <p className="max-w-3xl text-slate-700">{m.rankings.intro}</p>
        <p>
          <a href="/data/dti.csv" className="text-sm font-medium text-brand underline underline-offset-2" download>
            {m.common.downloadCsv}
          </a>
        </p>
      </header>
      {years.map((year) => (
        <section key={year} aria-labelledby={`y-${year}`} className="space-y-2">
          <h2 id={`y-${year}`} className="text-lg font-semibold">DTI {year}</h2>
          <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white">
            <table className="w-full min-w-[44rem] border-collapse text-sm">
              <caption className="sr-only">DTI {year}</caption>
              <thead>
                <tr className="border-b border-slate-300 bg-slate-50 text-left">
                  <th scope="col" className="p-2">{m.common.province}</th>
                  <th scope="col" className="p-2">{m.rankings.rank}</th>
                  <th scope="col" className="p-2">{m.rankings.score}</th>
                  <th scope="col" className="p-2">{m.rankings.gov}</th>
                  <th scope="col" className="p-2">{m.rankings.econ}</th>
                  <th scope="col" className="p-2">{m.rankings.soc}</th>
                  <th scope="col" className="p-2">{m.common.source}</th>
                </tr>
              </thead>
              <tbody>
                {results
                  .filter((r) => r.year === year)
                  .map((r) => (
                    <tr key={r.province.slug} className="border-b border-slate-200 align-top" data-province={r.province.slug}>
                      <th scope="row" className="p-2 text-left font-medium">
                        <Link href={`/provinces/${r.province.slug}`} className="underline-offset-2 hover:underline">
                          {r.province.nameVi}
                        </Link>
                      </th>
                      <td className="p-2 tabular-nums">{dtiRank(r.rank, r.rankedCount)}</td>
                      <td className="p-2 tabular-nums">{dtiScore(r.score)}</td>
                      <td className="p-2 tabular-nums">{pillarCell(r.govScore, r.govRank)}</td>
                      <td className="p-2 tabular-nums">{pillarCell(r.econScore, r.econRank)}</td>
                      <td className="p-2 tabular-nums">{pillarCell(r.socScore, r.socRank)}</td>
                      <td className="p-2 text-xs">
                        <SourceCitation source={r.source} />
                        {r.noteVi ? <p className="mt-1 text-slate-600">{r.noteVi}</p> : null}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </div>
  );
}

