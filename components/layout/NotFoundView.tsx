import Link from "next/link";
import { useI18n } from "@/lib/i18n/server";

/** What a page that does not exist says, in the page's language. */
export function NotFoundView() {
  const { m, href } = useI18n();
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{m.errors.notFoundTitle}</h1>
      <p>{m.errors.notFoundBody}</p>
      <Link href={href("/")} className="text-brand underline">
        {m.common.backToOverview}
      </Link>
    </div>
  );
}
