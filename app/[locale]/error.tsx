"use client";

import { errorMessages } from "@/lib/i18n/error-messages";

const m = { errors: errorMessages.vi };

// Unexpected errors are logged on the server; the visitor sees a plain message.
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="space-y-3" role="alert">
      <h1 className="text-2xl font-bold">{m.errors.generic}</h1>
      <button type="button" onClick={reset} className="rounded bg-brand px-4 py-2 text-sm font-medium text-white">
        {m.errors.retry}
      </button>
    </div>
  );
}
