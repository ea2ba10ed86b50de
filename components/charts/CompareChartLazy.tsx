"use client";

import dynamic from "next/dynamic";

// recharts is the largest script on the site: load it only where a chart is
// drawn, after the page (and its table twin) has rendered on the server.
export const CompareChartLazy = dynamic(() => import("./CompareChart").then((mod) => mod.CompareChart), {
  ssr: false,
  loading: () => <div className="h-64 w-full animate-pulse rounded bg-slate-100" aria-hidden="true" />,
});
