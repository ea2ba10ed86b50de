import type { SourceView } from "@/lib/data/selects";
import { useI18n } from "@/lib/i18n/server";

/**
 * "Title" — publisher, author, date, with a link where the source is public on
 * the web. A title stays in the language it was published in (marked as such:
 * a source whose English title is its own title is English); English pages
 * add the English rendering of a Vietnamese title in brackets.
 */
export function SourceCitation({ source }: { source: SourceView }) {
  const t = useI18n();
  const details = [t.text(source.publisher, source.publisherEn), source.author, source.publishedOn ? t.date(source.publishedOn) : null].filter(Boolean);
  const english = source.titleEn === source.title;
  const title = <span lang={english ? "en" : "vi"}>{source.title}</span>;
  return (
    <cite className="not-italic">
      {source.url ? (
        <a href={source.url} className="underline underline-offset-2 hover:text-brand" rel="noopener noreferrer">
          {title}
        </a>
      ) : (
        title
      )}
      {t.locale === "en" && source.titleEn && !english ? <span> [{source.titleEn}]</span> : null}
      {details.length > 0 ? <span className="text-slate-600"> — {details.join(", ")}</span> : null}
    </cite>
  );
}
