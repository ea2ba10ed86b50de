import type { HistoryLine } from "@/features/entry/history";
import { vi as m } from "@/lib/i18n/messages";

/** Who changed a figure, when, from what to what, and why — newest first. */
export function FigureHistory({ lines }: { lines: readonly HistoryLine[] }) {
  return (
    <details className="mt-1 text-xs text-slate-600">
      <summary className="cursor-pointer">{m.entry.history}</summary>
      {lines.length === 0 ? (
        <p>{m.entry.noHistory}</p>
      ) : (
        <ol className="mt-1 space-y-1">
          {lines.map((line) => (
            <li key={line.id}>{line.text}</li>
          ))}
        </ol>
      )}
    </details>
  );
}
