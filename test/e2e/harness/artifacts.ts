// Where the browser tests leave their screenshots.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

export const RESULTS_DIR = resolve('test-results');

export function resultPath(name: string): string {
  mkdirSync(RESULTS_DIR, { recursive: true });
  return resolve(RESULTS_DIR, name);
}
