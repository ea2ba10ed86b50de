import Link from "next/link";
import { vi as m } from "@/lib/i18n/messages";

export default function NotFound() {
  return (
    <div className="space-y-3">
      <h1 className="text-2xl font-bold">{m.errors.notFoundTitle}</h1>
      <p>{m.errors.notFoundBody}</p>
      <Link href="/" className="text-brand underline">
        {m.common.backToOverview}
      </Link>
    </div>
  );
}
