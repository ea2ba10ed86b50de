import type { Metadata } from "next";
import { IntentLink } from "@/components/ui/IntentLink";
import { ColumnsTable } from "@/features/open-data/ColumnsTable";
import { LicenceNote } from "@/features/open-data/LicenceNote";
import { cell, HeadRow, numericCell, rowClass, Table } from "@/components/ui/Table";
import { RESOURCE_SPECS } from "@/features/open-data/schema";
import type { ApiValue } from "@/features/open-data/api-reads";
import type { DatasetSummary } from "@/features/open-data/files";
import { published } from "@/features/published/published";
import type { I18n } from "@/lib/i18n/i18n";
import { getI18n, useI18n } from "@/lib/i18n/server";
import { clip, shareMetadata } from "@/features/public-pages/share";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  const t = await getI18n();
  return shareMetadata({ title: t.m.data.heading, description: clip(t.m.data.intro), path: "/data", t });
}

const link = "link";
/** Days of the data as Vietnam counts them. */
const TIME_ZONE = "Asia/Ho_Chi_Minh";

function size(bytes: number, t: I18n): string {
  if (bytes < 1024 * 1024) return `${t.number(bytes / 1024, 1)} KB`;
  return `${t.number(bytes / (1024 * 1024), 1)} MB`;
}

const shown = (value: ApiValue) => (Array.isArray(value) ? value.join(";") : value === null ? "" : String(value));

export default async function OpenDataPage() {
  const [catalog, sources, t] = await Promise.all([published.dataCatalog(), published.sourceUses(), getI18n()]);
  const { m } = t;
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{m.data.heading}</h1>
        <p className="text-slate-700">{m.data.intro}</p>
        <LicenceNote />
        <p>
          <IntentLink href={t.href("/data/api")} className={link}>
            {m.data.apiLink}
          </IntentLink>
          <span className="block text-sm text-slate-600">{m.data.apiLinkNote}</span>
        </p>
      </header>
      {catalog.map((summary) => (
        <Dataset key={summary.dataset} summary={summary} />
      ))}
      <section aria-labelledby="sources" className="space-y-2">
        <h2 id="sources" className="text-xl font-semibold">
          {m.data.sourcesList}
        </h2>
        <p className="max-w-3xl text-sm text-slate-700">{m.data.sourcesIntro}</p>
        <Table scrollHint={m.common.scrollHint} caption={m.data.sourcesList} minWidth="40rem">
          <HeadRow labels={[m.data.sourceTitle, m.data.publisher, m.data.figures, m.data.targetsCount, m.data.dtiCount]} />
          <tbody>
            {sources.map((source) => {
              const { title, lang, translation } = t.sourceTitle(source);
              return (
                <tr key={source.key} className={rowClass} data-source={source.key}>
                  <td className={cell}>
                    {source.url ? (
                      <a href={source.url} className="underline underline-offset-2 hover:text-brand" rel="noopener noreferrer" lang={lang}>
                        {title}
                      </a>
                    ) : (
                      <span lang={lang}>{title}</span>
                    )}
                    {translation ? <span> [{translation}]</span> : null}
                    {source.publishedOn ? <span className="block text-xs text-slate-600">{t.date(source.publishedOn)}</span> : null}
                  </td>
                  <td className={cell}>{t.text(source.publisher, source.publisherEn)}</td>
                  <td className={numericCell}>{t.number(source.figures)}</td>
                  <td className={numericCell}>{t.number(source.targets)}</td>
                  <td className={numericCell}>{t.number(source.dtiResults)}</td>
                </tr>
              );
            })}
          </tbody>
        </Table>
      </section>
    </div>
  );
}

/** One dataset: what it holds, how big and how recent, its downloads, its columns and its first rows. */
function Dataset({ summary }: { summary: DatasetSummary }) {
  const t = useI18n();
  const { m } = t;
  const { dataset } = summary;
  const text = m.data.datasets[dataset];
  const columns = RESOURCE_SPECS[dataset].columns;
  return (
    <section aria-labelledby={`dataset-${dataset}`} className="space-y-3 rounded-xl border border-slate-200 bg-white p-4 sm:p-5" data-dataset={dataset}>
      <h2 id={`dataset-${dataset}`} className="text-xl font-semibold">
        {text.title}
      </h2>
      <p className="max-w-3xl text-slate-700">{text.description}</p>
      <dl className="grid grid-cols-2 gap-x-6 gap-y-1 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-600">{m.data.rows}</dt>
          <dd className="font-semibold tabular-nums">
            {t.number(summary.rows)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{m.data.size}</dt>
          <dd className="font-semibold tabular-nums">
            CSV {size(summary.csvBytes, t)} · JSON {size(summary.jsonBytes, t)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{m.data.updated}</dt>
          <dd className="font-semibold tabular-nums">{summary.updatedAt ? t.date(summary.updatedAt, TIME_ZONE) : m.data.never}</dd>
        </div>
        <div>
          <dt className="text-slate-600">{m.data.download}</dt>
          <dd className="flex flex-wrap gap-x-3">
            <a href={`/data/${dataset}.csv`} className={link} download>
              CSV
            </a>
            <a href={`/data/${dataset}.json`} className={link} download>
              JSON
            </a>
            <a href={`/api/v1/${dataset}`} className={link}>
              {m.data.viaApi}
            </a>
          </dd>
        </div>
      </dl>
      <details className="group">
        <summary className="cursor-pointer text-sm font-medium">
          {m.data.columns} ({columns.length})
        </summary>
        <div className="mt-2">
          <ColumnsTable dataset={dataset} caption={m.data.columnsOf(text.title)} />
        </div>
      </details>
      {summary.preview.length > 0 ? (
        <details className="group">
          <summary className="cursor-pointer text-sm font-medium">{m.data.preview(summary.preview.length)}</summary>
          <div className="mt-2">
            <Table scrollHint={m.common.scrollHint} caption={m.data.previewOf(text.title)} minWidth={`${Math.max(32, columns.length * 8)}rem`}>
              <HeadRow labels={columns.map((c) => c.name)} />
              <tbody>
                {summary.preview.map((row, i) => (
                  <tr key={i} className={rowClass}>
                    {columns.map((c) => (
                      <td key={c.name} className={`${cell} max-w-[16rem] truncate text-xs`} title={shown(row[c.name] ?? null)} lang={c.lang}>
                        {shown(row[c.name] ?? null)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </Table>
          </div>
        </details>
      ) : null}
    </section>
  );
}
