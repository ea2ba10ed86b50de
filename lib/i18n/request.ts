// The language of the request for next-intl: the [locale] segment the proxy
// rewrote to. The words themselves come from lib/i18n/messages.ts (vi) and
// lib/i18n/en.ts, typed catalogues whose entries build sentences from figures.
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/paths";

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  return { locale: isLocale(requested) ? requested : DEFAULT_LOCALE };
});
