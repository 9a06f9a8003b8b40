// The benchmark's sections, in the order they run and print. A section is a module in this
// folder exporting `run(): Promise<BenchRow[]>`; add one line here to include it.
import type { BenchSection } from '../types';

export const sections: ReadonlyArray<readonly [name: string, load: () => Promise<BenchSection>]> = [
  ['core', () => import('./core')],
  ['kinds', () => import('./kinds')],
  ['instruments', () => import('./instruments')],
  ['engines', () => import('./engines')],
  ['baselines', () => import('./baselines')],
  ['adversarial', () => import('./adversarial')],
];
