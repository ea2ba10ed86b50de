import type { Metadata } from "next";
import Link from "next/link";
import { DtiTable } from "@/components/DtiTable";
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
          <DtiTable
            firstColumn={m.common.province}
            caption={`DTI ${year}`}
            rows={results
              .filter((r) => r.year === year)
              .map((r) => ({
                key: r.province.slug,
                province: r.province.slug,
                result: r,
                heading: (
                  <Link href={`/provinces/${r.province.slug}`} className="underline-offset-2 hover:underline">
                    {r.province.nameVi}
                  </Link>
                ),
              }))}
          />
        </section>
      ))}
    </div>
  );
}

