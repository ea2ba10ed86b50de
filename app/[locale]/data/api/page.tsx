import type { Metadata } from "next";
import { ColumnsTable } from "@/features/open-data/ColumnsTable";
import { LicenceNote } from "@/features/open-data/LicenceNote";
import { cell, HeadRow, rowClass, Table } from "@/components/ui/Table";
import { RESOURCE_SPECS, RESOURCES } from "@/features/open-data/schema";
import { getI18n } from "@/lib/i18n/server";
import { clip, shareMetadata } from "@/features/public-pages/share";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getI18n();
  return shareMetadata({ title: t.m.api.heading, description: clip(t.m.api.intro), path: "/data/api", t });
}

const code = "rounded bg-slate-100 px-1 py-0.5 font-mono text-[0.85em]";
const link = "link break-all";

/** How to read the open-data API, built from the same table the API answers from (features/open-data/schema.ts). */
export default async function ApiPage() {
  const { m } = await getI18n();
  return (
    <div className="max-w-4xl space-y-6">
      <header className="space-y-2">
        <h1 className="text-2xl font-bold sm:text-3xl">{m.api.heading}</h1>
        <p className="text-slate-700">{m.api.intro}</p>
        <p>
          <a href="/api/v1/openapi.json" className={link}>
            {m.api.openapi}
          </a>{" "}
          (<code className={code}>/api/v1/openapi.json</code>)
        </p>
      </header>

      <section aria-labelledby="examples" className="space-y-2">
        <h2 id="examples" className="text-xl font-semibold">
          {m.api.examples}
        </h2>
        <ul className="space-y-2">
          {m.api.exampleList.map((example) => (
            <li key={example.query}>
              <p className="text-sm text-slate-700">{example.label}</p>
              <a href={example.query} className={`${link} font-mono text-sm`}>
                {example.query}
              </a>
            </li>
          ))}
        </ul>
        <p className="text-sm text-slate-700">{m.api.paging}</p>
      </section>

      <section aria-labelledby="resources" className="space-y-3">
        <h2 id="resources" className="text-xl font-semibold">
          {m.api.resources}
        </h2>
        <Table scrollHint={m.common.scrollHint} caption={m.api.resources} minWidth="36rem">
          <HeadRow labels={[m.api.resource, m.api.summary, m.api.filters]} />
          <tbody>
            {RESOURCES.map((resource) => (
              <tr key={resource} className={rowClass}>
                <th scope="row" className={`${cell} text-left`}>
                  <a href={`#${resource}`} className={`${link} font-mono`}>
                    /api/v1/{resource}
                  </a>
                </th>
                <td className={cell}>{m.data.datasets[resource].description}</td>
                <td className={`${cell} font-mono text-xs`}>{RESOURCE_SPECS[resource].params.join(", ")}</td>
              </tr>
            ))}
          </tbody>
        </Table>
        {RESOURCES.map((resource) => (
          <details key={resource} id={resource} className="pt-1">
            <summary className="cursor-pointer font-semibold">
              <code className={code}>/api/v1/{resource}</code> — {m.data.columns} ({RESOURCE_SPECS[resource].columns.length})
            </summary>
            <div className="mt-2">
              <ColumnsTable dataset={resource} caption={m.api.columns(resource)} />
            </div>
          </details>
        ))}
      </section>

      <section aria-labelledby="invalid-parameters" className="space-y-2">
        <h2 id="invalid-parameters" className="text-xl font-semibold">
          {m.api.errorsHeading}
        </h2>
        <p className="text-slate-700">{m.api.errors}</p>
      </section>

      <section aria-labelledby="licence" className="space-y-2">
        <h2 id="licence" className="text-xl font-semibold">
          {m.api.licence}
        </h2>
        <LicenceNote />
      </section>
    </div>
  );
}
