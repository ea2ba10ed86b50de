"use client";

import dynamic from "next/dynamic";

// recharts is the largest script on the site: every chart loads it only where
// one is drawn, after the page (and its table twin) has rendered on the server.
const placeholder = () => <div className="h-64 w-full animate-pulse rounded bg-slate-100" aria-hidden="true" />;

export const CompareChartLazy = dynamic(() => import("./CompareChart").then((mod) => mod.CompareChart), { ssr: false, loading: placeholder });
export const TimeChartLazy = dynamic(() => import("./TimeChart").then((mod) => mod.TimeChart), { ssr: false, loading: placeholder });
