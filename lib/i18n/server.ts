import "server-only";
// The language of the page being rendered, for server components: the
// [locale] segment, as next-intl reads it for the request.
import { useLocale } from "next-intl";
import { getLocale } from "next-intl/server";
import { i18nFor, type I18n } from "@/lib/i18n/i18n";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/paths";

const known = (locale: string) => (isLocale(locale) ? locale : DEFAULT_LOCALE);

/** For async server components and metadata. */
export async function getI18n(): Promise<I18n> {
  return i18nFor(known(await getLocale()));
}

/** For server components that are not async. */
export function useI18n(): I18n {
  return i18nFor(known(useLocale()));
}
