import { useI18n } from "@/lib/i18n/server";

/**
 * A unit's latest figure and its period as a term and its definition: a
 * screen reader hears "Số liệu mới nhất" before the number, the eye sees only
 * the number. Without a figure, "no data" in its place.
 */
export function LatestFigure({
  latest,
  className,
  emptyClassName = className,
  periodClassName,
}: {
  latest: { figure: string; period: string } | null;
  className: string;
  emptyClassName?: string;
  periodClassName: string;
}) {
  const { m } = useI18n();
  return (
    <dl className="latest">
      <dt className="sr-only">{m.common.latest}</dt>
      <dd className={latest ? className : emptyClassName}>{latest ? latest.figure : m.common.noData}</dd>
      {latest ? <dd className={periodClassName}>{latest.period}</dd> : null}
    </dl>
  );
}
