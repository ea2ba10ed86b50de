// The machine's load, said beside every figure the bench prints: a run on a
// busy machine measures the other work, not the app. The bench waits for the
// one-minute load average to fall to 1.5 per core before it measures, and
// refuses to go on when it does not (BENCH_ALLOW_BUSY=1 measures anyway and
// marks every table as taken under load).
import fs from "node:fs";
import os from "node:os";

export const MAX_LOAD_PER_CORE = 1.5;

/** The load averages over 1, 5 and 15 minutes, and the machine's cores. */
export function loadAverage() {
  const [one, five, fifteen] = fs.readFileSync("/proc/loadavg", "utf8").split(" ").map(Number);
  return { one, five, fifteen, cores: os.cpus().length };
}

export const describeLoad = (load) => `load average ${load.one.toFixed(2)} / ${load.five.toFixed(2)} / ${load.fifteen.toFixed(2)} (1 / 5 / 15 min) on ${load.cores} cores`;

/**
 * Waits up to `seconds` for the one-minute load to fall to MAX_LOAD_PER_CORE
 * per core (the bench's own last measurement included: it settles too).
 * Returns the load it measured at; throws when the machine stays busy,
 * unless BENCH_ALLOW_BUSY=1, when it returns the load marked `busy`.
 */
export async function awaitQuietMachine(phase, { seconds = 300 } = {}) {
  const started = Date.now();
  let load = loadAverage();
  while (load.one > MAX_LOAD_PER_CORE * load.cores && Date.now() - started < seconds * 1000) {
    await new Promise((resolve) => setTimeout(resolve, 5000));
    load = loadAverage();
  }
  const busy = load.one > MAX_LOAD_PER_CORE * load.cores;
  if (busy && process.env.BENCH_ALLOW_BUSY !== "1") {
    throw new Error(
      `the machine is busy before ${phase}: ${describeLoad(load)}, above ${MAX_LOAD_PER_CORE} per core after waiting ${seconds} s. ` +
        "Figures taken now would measure the other work; close it and run again (BENCH_ALLOW_BUSY=1 measures anyway, marked as under load).",
    );
  }
  return { phase, ...load, busy, waitedSeconds: Math.round((Date.now() - started) / 1000) };
}
