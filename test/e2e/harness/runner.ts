// A tiny sequential test runner for the browser suites: each suite owns its browser and reports
// named checks through `check`; failures are collected, never thrown past the suite.
import { inspect } from 'node:util';

export type Check = (name: string, body: () => Promise<void> | void) => Promise<boolean>;

export interface Suite {
  name: string;
  /** Opens its browser, runs its checks in order, closes the browser in `finally`. */
  run(check: Check): Promise<void>;
}

export interface Tally {
  passed: number;
  failed: number;
}

export async function runSuites(suites: readonly Suite[]): Promise<Tally> {
  const tally: Tally = { passed: 0, failed: 0 };
  for (const suite of suites) {
    const started = Date.now();
    console.log(`\n▶ ${suite.name}`);
    const check: Check = async (name, body) => {
      const t0 = Date.now();
      try {
        await body();
        tally.passed += 1;
        console.log(`  ✔ ${name} (${Date.now() - t0} ms)`);
        return true;
      } catch (error) {
        tally.failed += 1;
        console.log(`  ✘ ${name} (${Date.now() - t0} ms)\n${indent(describe(error))}`);
        return false;
      }
    };
    try {
      await suite.run(check);
    } catch (error) {
      // A suite that dies outside a check (browser failed to launch) still counts as a failure.
      tally.failed += 1;
      console.log(`  ✘ ${suite.name} aborted\n${indent(describe(error))}`);
    }
    console.log(`  ${suite.name} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return tally;
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : inspect(error);
}

function indent(text: string): string {
  return text.split('\n').map(line => `      ${line}`).join('\n');
}
