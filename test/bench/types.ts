// One printed line of the benchmark: what was measured, the number, its unit, and a short note.

export interface BenchRow {
  name: string;
  value: number;
  unit: string;
  note?: string;
}

/** A part of the benchmark: `test/bench/sections/<name>.ts` exports `run`. */
export interface BenchSection {
  run(): Promise<BenchRow[]>;
}
