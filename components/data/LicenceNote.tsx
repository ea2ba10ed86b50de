import { env } from "@/lib/env";
import { vi as m } from "@/lib/i18n/messages";

/** The licence the publisher applies to the open data (OPEN_DATA_LICENCE, OPEN_DATA_LICENCE_URL). */
export function LicenceNote() {
  return (
    <p className="text-slate-700" data-testid="licence">
      {m.data.licenceIntro}{" "}
      <a href={env.OPEN_DATA_LICENCE_URL} className="font-medium text-brand underline underline-offset-2" rel="license">
        {env.OPEN_DATA_LICENCE}
      </a>
      . {m.data.licenceUse}
    </p>
  );
}
