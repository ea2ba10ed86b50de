import { useI18n } from "@/lib/i18n/server";

export function SiteFooter() {
  const { m } = useI18n();
  return (
    <footer className="border-t border-slate-200 bg-white">
      <p className="mx-auto max-w-6xl px-4 py-4 text-sm text-slate-600 sm:px-6">{m.site.footer}</p>
    </footer>
  );
}
