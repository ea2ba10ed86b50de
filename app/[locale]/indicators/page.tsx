import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/IntentLink";
import { published } from "@/features/published/published";
import { getI18n } from "@/lib/i18n/server";
import { clip, shareMetadata } from "@/features/public-pages/share";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getI18n();
  return shareMetadata({ title: t.m.indicators.heading, description: clip(t.m.indicators.intro), path: "/indicators", t });
}

export default async function IndicatorsPage() {
  const [pillars, t] = await Promise.all([published.indicatorCatalog(), getI18n()]);
  const { m } = t;
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
                  {t.name(p)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      {pillars.map((pillar) => (
        <section key={pillar.code} id={pillar.code} aria-labelledby={`h-${pillar.code}`} className="scroll-mt-4 space-y-2">
          <h2 id={`h-${pillar.code}`} className="text-xl font-semibold">
            {t.name(pillar)} <span className="text-sm font-normal text-slate-600">({m.scorecard.indicatorsIn(pillar.indicators.length)})</span>
          </h2>
          <ul className="divide-y divide-slate-200 rounded-lg border border-slate-200 bg-white">
            {pillar.indicators.map((i) => (
              <li key={i.code} className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 p-3">
                <IntentLink href={t.href(`/indicators/${i.code}`)} className="font-medium text-brand underline-offset-2 hover:underline">
                  {t.name(i)}
                </IntentLink>
                <span className={`text-sm ${i.unitCount > 0 ? "text-slate-700" : "text-slate-500"}`}>
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
