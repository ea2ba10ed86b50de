import { cell, HeadRow, rowClass, Table } from "@/components/ui/Table";
import { RESOURCE_SPECS, type Resource } from "@/features/open-data/schema";
import { useI18n } from "@/lib/i18n/server";

/** A dataset's columns, as the files and the API give them: name, type, meaning (features/open-data/schema.ts). */
export function ColumnsTable({ dataset, caption }: { dataset: Resource; caption: string }) {
  const { m } = useI18n();
  return (
    <Table scrollHint={m.common.scrollHint} caption={caption} minWidth="32rem">
      <HeadRow labels={[m.data.column, m.data.type, m.data.meaning]} />
      <tbody>
        {RESOURCE_SPECS[dataset].columns.map((column) => (
          <tr key={column.name} className={rowClass}>
            <td className={`${cell} font-mono text-xs`}>{column.name}</td>
            <td className={`${cell} font-mono text-xs whitespace-nowrap`}>
              {column.type}
              {column.nullable ? " | null" : ""}
            </td>
            <td className={cell}>{m.data.columnMeaning[`${dataset}.${column.name}`] ?? m.data.columnMeaning[column.name]}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
