import type { SourceView } from "@/features/published/selects";
import { useI18n } from "@/lib/i18n/server";

/**
 * "Title" — publisher, author, date, with a link where the source is public on
 * the web. The title as I18n.sourceTitle gives it: as published, marked with
 * its language, and its English rendering in brackets on English pages.
 */
export function SourceCitation({ source }: { source: SourceView }) {
  const t = useI18n();
  const details = [t.text(source.publisher, source.publisherEn), source.author, source.publishedOn ? t.date(source.publishedOn) : null].filter(Boolean);
  const { title: published, lang, translation } = t.sourceTitle(source);
  const title = <span lang={lang}>{published}</span>;
  return (
    <cite className="not-italic">
      {source.url ? (
        <a href={source.url} className="underline underline-offset-2 hover:text-brand" rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        title
      )}
      {translation ? <span> [{translation}]</span> : null}
      {details.length > 0 ? <span className="text-slate-600"> — {details.join(", ")}</span> : null}
    </cite>
  );
}
