import type { SourceView } from "@/lib/data/selects";

const dateFormat = new Intl.DateTimeFormat("vi-VN", { day: "2-digit", month: "2-digit", year: "numeric", timeZone: "UTC" });

/** "Title" — author, date, with a link where the source is public on the web. */
export function SourceCitation({ source }: { source: SourceView }) {
  const details = [source.publisher, source.author, source.publishedOn ? dateFormat.format(source.publishedOn) : null].filter(Boolean);
  return (
    <cite className="not-italic">
      {source.url ? (
        <a href={source.url} className="underline underline-offset-2 hover:text-brand" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <span>{source.title}</span>
      )}
      {details.length > 0 ? <span className="text-slate-600"> — {details.join(", ")}</span> : null}
    </cite>
  );
}
