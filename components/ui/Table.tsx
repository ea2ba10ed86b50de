// The one table style of the public pages: scrolls sideways inside its frame
// on a phone instead of widening the page, and says so there (`scrollHint`,
// in the page's language).
export function Table({
  caption,
  scrollHint,
  children,
  minWidth = "40rem",
  stacked = false,
}: {
  caption: string;
  scrollHint: string;
  children: React.ReactNode;
  minWidth?: string;
  /** On a phone, each row a card and each cell a labelled line (its `data-label`, app/globals.css) rather than a table to scroll. */
  stacked?: boolean;
}) {
  return (
    <>
      {stacked ? null : <ScrollHint text={scrollHint} />}
      {/* Focusable, so a keyboard can scroll it sideways too. */}
      <div className="overflow-x-auto rounded-lg border border-slate-200 bg-white" role="region" aria-label={caption} tabIndex={0}>
        <table className={`w-full border-collapse text-sm ${stacked ? "stacked" : ""}`} style={{ minWidth }}>
          <caption className="sr-only">{caption}</caption>
          {children}
        </table>
      </div>
    </>
  );
}

/** "Swipe sideways to see the whole table", on a phone only: a table wider than the screen scrolls inside its frame. */
export function ScrollHint({ text }: { text: string }) {
  return (
    <p className="text-xs text-slate-600 sm:hidden no-print" aria-hidden="true">
      {text}
    </p>
  );
}

export function HeadRow({ labels }: { labels: readonly string[] }) {
  return (
    <thead>
      <tr className="border-b border-slate-300 bg-slate-50 text-left">
        {labels.map((label) => (
          <th key={label} scope="col" className="p-2">
            {label}
          </th>
        ))}
      </tr>
    </thead>
  );
}

/** A cell, a cell of figures and a row of the shared table, as classes of app/globals.css. */
export const cell = "t-cell";
export const numericCell = "t-num";
export const rowClass = "t-row";
