import type { Metadata } from "next";
import Link from "next/link";
import { published } from "@/lib/data/published";
import { vi as m } from "@/lib/i18n/messages";
import { clip, shareMetadata } from "@/lib/share";

export const dynamic = "force-dynamic";
export const metadata: Metadata = shareMetadata({ title: m.indicators.heading, description: clip(m.indicators.intro), path: "/indicators", siteName: m.site.title });

export default async function IndicatorsPage() {
  const pillars = await published.indicatorCatalog();
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{m.indicators.heading}</h1>
        <p className="max-w-3xl text-slate-700">{m.indicators.intro}</p>
        <nav aria-label={m.scorecard.pillarNav} className="no-print">
          <ul className="flex flex-wrap gap-2 text-sm">
            {pillars.map((p) => (
              <li key={p.code}>
                <a href={`#${p.code}`} className="inline-block rounded-full border border-slate-300 bg-white px-3 py-1 hover:border-brand">
                  {p.nameVi}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {pillars.map((pillar) => (
        <section key={pillar.code} id={pillar.code} aria-labelledby={`h-${pillar.code}`} className="scroll-mt-4 space-y-2">
          <h2 id={`h-${pillar.code}`} className="text-xl font-semibold">
            {pillar.nameVi} <span className="text-sm font-normal text-slate-600">({m.scorecard.indicatorsIn(pillar.indicators.length)})</span>
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {pillar.indicators.map((i) => (
              <li key={i.code} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-3" data-indicator={i.code}>
                <Link href={`/indicators/${i.code}`} className="font-medium text-brand underline-offset-2 hover:underline">
                  {i.nameVi}
                </Link>
                <span className={`text-sm ${i.unitCount > 0 ? "text-slate-700" : "text-slate-500"}`} data-testid="coverage">
                  {m.indicators.unitsWithData(i.unitCount)}
                  {i.figureCount > 0 ? ` · ${m.indicators.figures(i.figureCount)}` : ""} · {m.indicators.periodicity[i.periodicity]}
                  {i.decision ? ` · ${i.decision}` : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
