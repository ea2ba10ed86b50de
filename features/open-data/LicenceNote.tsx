import { env } from "@/lib/server/env";
import { useI18n } from "@/lib/i18n/server";

/** The licence the publisher applies to the open data (OPEN_DATA_LICENCE, OPEN_DATA_LICENCE_URL; _EN for the English pages). */
export function LicenceNote() {
  const { m, locale } = useI18n();
  const [name, url] = locale === "en" ? [env.OPEN_DATA_LICENCE_EN, env.OPEN_DATA_LICENCE_URL_EN] : [env.OPEN_DATA_LICENCE, env.OPEN_DATA_LICENCE_URL];
  return (
    <p className="text-slate-700">
      {m.data.licenceIntro}{" "}
      <a href={url} className="link" rel="license">
        {name}
      </a>
      . {m.data.licenceUse}
    </p>
  );
}
