import type { SourceView } from "@/lib/data/selects";
import { useI18n } from "@/lib/i18n/server";

/**
 * "Title" — publisher, author, date, with a link where the source is public on
 * the web. A title stays in the language it was published in; English pages
 * add its English rendering in brackets.
 */
export function SourceCitation({ source }: { source: SourceView }) {
  const t = useI18n();
  const details = [t.text(source.publisher, source.publisherEn), source.author, source.publishedOn ? t.date(source.publishedOn) : null].filter(Boolean);
  const title = <span lang="vi">{source.title}</span>;
  return (
    <cite className="not-italic">
      {source.url ? (
        <a href={source.url} className="underline underline-offset-2 hover:text-brand" rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        title
      )}
      {t.locale === "en" && source.titleEn && source.titleEn !== source.title ? <span> [{source.titleEn}]</span> : null}
      {details.length > 0 ? <span className="text-slate-600"> — {details.join(", ")}</span> : null}
    </cite>
  );
}
