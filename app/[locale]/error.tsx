"use client";

import { useParams } from "next/navigation";
import { errorMessages } from "@/lib/i18n/error-messages";

// Unexpected errors are logged on the server; the visitor sees a plain message.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const { locale } = useParams<{ locale: string }>();
  const m = locale === "en" ? errorMessages.en : errorMessages.vi;
  return (
    <div className="space-y-3" role="alert">
      <h1 className="text-2xl font-bold">{m.generic}</h1>
      <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 text-sm font-medium text-white">
        {m.retry}
      </button>
    </div>
  );
}
