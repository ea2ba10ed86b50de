import type { Metadata } from "next";
import Link from "next/link";
import { vi as m } from "@/lib/i18n/messages";

export const metadata: Metadata = { title: m.data.heading };

const files = [
  { href: "/data/observations.csv", label: m.data.observations },
  { href: "/data/targets.csv", label: m.data.targets },
  { href: "/data/dti.csv", label: m.data.dti },
];

export default function OpenDataPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold sm:text-3xl">{m.data.heading}</h1>
      <p className="max-w-3xl text-slate-700">{m.data.intro}</p>
      <ul className="space-y-2">
        {files.map((f) => (
          <li key={f.href}>
            <a href={f.href} className="font-medium text-brand underline underline-offset-2" download>
              {f.label} (CSV)
            </a>
          </li>
        ))}
      </ul>
      <p>
        <Link href="/data/api" className="font-medium text-brand underline underline-offset-2">
          {m.data.apiLink}
        </Link>
        <span className="block text-sm text-slate-600">{m.data.apiLinkNote}</span>
      </p>
    </div>
  );
}
