"use client";

import { useEffect, useRef, useState, type ComponentType, type ReactNode } from "react";
import type { CompareChartProps } from "@/components/charts/CompareChart";
import type { TimeChartProps } from "@/components/charts/TimeChart";

export type InteractiveChart = { kind: "time"; props: TimeChartProps } | { kind: "compare"; props: CompareChartProps };

/**
 * The chart drawn on the server shows at once, with or without script. recharts
 * (the largest script on the site) is fetched only when a reader shows intent —
 * hovers, taps or focuses the chart — and then takes its place at its height,
 * with tooltips and the arrow keys reading each figure.
 */
export function ChartOnIntent({ chart, children, minWidth = 0 }: { chart: InteractiveChart; children: ReactNode; minWidth?: number }) {
  const box = useRef<HTMLDivElement>(null);
  const started = useRef(false);
  const focused = useRef(false);
  const [live, setLive] = useState<{ Chart: ComponentType<never>; height: number } | null>(null);

  const load = () => {
    if (started.current) return;
    const frame = box.current?.getBoundingClientRect();
    // Narrower than the interactive chart can lay itself out, the drawn one, which writes every figure on it, stays.
    if (frame && frame.width < minWidth) return;
    started.current = true;
    const height = Math.round(frame?.height ?? 0) || 300;
    const loaded = chart.kind === "time" ? import("@/components/charts/TimeChart").then((mod) => mod.TimeChart) : import("@/components/charts/CompareChart").then((mod) => mod.CompareChart);
    loaded.then(
      (Chart) => {
        // Only a keyboard's focus moves on: a tap or a click leaves no ring behind.
        focused.current = box.current?.matches(":focus-visible") ?? false;
        setLive({ Chart: Chart as ComponentType<never>, height });
      },
      // Offline or the chunk gone after a deploy: the drawn chart stays, and the next intent tries again.
      () => {
        started.current = false;
      },
    );
  };

  // A keyboard reader who focused the drawn chart lands on the live one, where the arrow keys read each figure.
  useEffect(() => {
    if (!live || !focused.current) return;
    let frame = 0;
    let tries = 0;
    const focus = () => {
      const surface = box.current?.querySelector<SVGElement>(".recharts-surface[tabindex]");
      if (surface) surface.focus();
      else if (tries++ < 60) frame = requestAnimationFrame(focus);
    };
    focus();
    return () => cancelAnimationFrame(frame);
  }, [live]);

  const Live = live?.Chart as ComponentType<TimeChartProps | CompareChartProps> | undefined;
  return (
    <div
      ref={box}
      data-chart-state={live ? "live" : "drawn"}
      onPointerEnter={load}
      onPointerDown={load}
      onFocus={load}
      tabIndex={live ? undefined : 0}
      className="rounded focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
    >
      {Live && live ? <Live {...chart.props} height={live.height} /> : children}
    </div>
  );
}
