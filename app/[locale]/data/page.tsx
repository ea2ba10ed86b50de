import type { Metadata } from "next";
import Link from "next/link";
import { ColumnsTable } from "@/components/data/ColumnsTable";
import { LicenceNote } from "@/components/data/LicenceNote";
import { cell, HeadRow, numericCell, rowClass, Table } from "@/components/ui/Table";
import { RESOURCE_SPECS } from "@/lib/api/schema";
import type { ApiValue } from "@/lib/data/api";
import type { DatasetSummary } from "@/lib/data/open-data";
import { published } from "@/lib/data/published";
import { formatNumber } from "@/lib/format";
import { vi as m } from "@/lib/i18n/messages";
import { clip, shareMetadata } from "@/lib/share";

export const dynamic = "force-dynamic";
export const metadata: Metadata = shareMetadata({ title: m.data.heading, description: clip(m.data.intro), path: "/data", siteName: m.site.title });

const link = "font-medium text-brand underline underline-offset-2";
const day = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "Asia/Ho_Chi_Minh" });

function size(bytes: number): string {
  if (bytes < 1024 * 1024) return `${formatNumber(bytes / 1024, "vi", 1)} KB`;
  return `${formatNumber(bytes / (1024 * 1024), "vi", 1)} MB`;
}

const shown = (value: ApiValue) => (Array.isArray(value) ? value.join(";") : value === null ? "" : String(value));

export default async function OpenDataPage() {
  const [catalog, sources] = await Promise.all([published.dataCatalog(), published.sourceUses()]);
  return (
    <div className="space-y-8">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{m.data.heading}</h1>
        <p className="text-slate-700">{m.data.intro}</p>
        <LicenceNote />
        <p>
          <Link href="/data/api" className={link}>
            {m.data.apiLink}
          </Link>
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
        <Table caption={m.data.sourcesList} minWidth="40rem" testId="sources">
          <HeadRow labels={[m.data.sourceTitle, m.data.publisher, m.data.figures, m.data.targetsCount, m.data.dtiCount]} />
          <tbody>
            {sources.map((source) => (
              <tr key={source.key} className={rowClass} data-source={source.key}>
                <td className={cell}>
                  {source.url ? (
                    <a href={source.url} className="underline underline-offset-2 hover:text-brand" rel="noopener noreferrer">
                      {source.title}
                    </a>
                  ) : (
                    source.title
                  )}
                  {source.publishedOn ? <span className="block text-xs text-slate-600">{day.format(source.publishedOn)}</span> : null}
                </td>
                <td className={cell}>{source.publisher}</td>
                <td className={numericCell}>{formatNumber(source.figures, "vi")}</td>
                <td className={numericCell}>{formatNumber(source.targets, "vi")}</td>
                <td className={numericCell}>{formatNumber(source.dtiResults, "vi")}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
    </div>
  );
}

/** One dataset: what it holds, how big and how recent, its downloads, its columns and its first rows. */
function Dataset({ summary }: { summary: DatasetSummary }) {
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
          <dd className="font-semibold tabular-nums" data-testid="rows">
            {formatNumber(summary.rows, "vi")}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{m.data.size}</dt>
          <dd className="font-semibold tabular-nums">
            CSV {size(summary.csvBytes)} · JSON {size(summary.jsonBytes)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-600">{m.data.updated}</dt>
          <dd className="font-semibold tabular-nums">{summary.updatedAt ? day.format(summary.updatedAt) : m.data.never}</dd>
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
            <Table caption={m.data.previewOf(text.title)} minWidth={`${Math.max(32, columns.length * 8)}rem`}>
              <HeadRow labels={columns.map((c) => c.name)} />
              <tbody>
                {summary.preview.map((row, i) => (
                  <tr key={i} className={rowClass}>
                    {columns.map((c) => (
                      <td key={c.name} className={`${cell} max-w-[16rem] truncate text-xs`} title={shown(row[c.name] ?? null)}>
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
