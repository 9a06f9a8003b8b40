// Timing and memory helpers shared by the bench sections: a forced GC (exposed at run time, no
// node flag needed), CPU time in milliseconds, throughput in MB/s.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

/** Full garbage collection, so heap figures and timings do not carry earlier sections' garbage. */
export function collectGarbage(): void {
  collect();
  collect();
}

export function heapUsedMb(): number {
  return process.memoryUsage().heapUsed / 1e6;
}

/**
 * CPU time (user + system, this process) of `work`, not wall-clock time: on a shared machine other
 * processes stretch wall time, and ratios between two runs should compare work, not luck.
 */
export function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

/**
 * The median of `runs` back-to-back timings of `work`, after one untimed warm-up run and one GC. Not a
 * forced GC before every run: the sweeping it leaves to background threads, and the compiled regexes it
 * discards, land in the next timed run (about a quarter more CPU time on the core), which measures the
 * forced GC, not the work. The collections the work's own garbage causes are still counted.
 */
export function medianMs(work: () => void, runs = 3): number {
  work();
  collectGarbage();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(cpuMs(work));
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export function mbPerSecond(bytes: number, ms: number): number {
  return bytes / 1e6 / (ms / 1000);
}

export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
