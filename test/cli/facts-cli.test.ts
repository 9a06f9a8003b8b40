import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const seed = resolve(process.cwd(), 'test/corpus/shared/seeds/amazon-aktie');

function facts(...files: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/facts.ts', ...files], { encoding: 'utf8' });
}

describe('npm run facts', () => {
  it('prints one fact sheet per file in order, reports a missing file and goes on', () => {
    const run = facts(`${seed}.html`, 'missing-page.html', `${seed}.txt`);
    const lines = run.stdout.trim().split('\n');
    expect(lines).toHaveLength(2);
    const [html, text] = lines.map(line => JSON.parse(line) as { lang: string; title: string; facts: unknown[] });
    expect(html).toMatchObject({ lang: 'de', title: 'Amazon Aktie: KI-Offensive trifft Retail-Rückzug' });
    expect(text).toMatchObject({ lang: 'de', title: 'Amazon Aktie: KI-Offensive trifft Retail-Rückzug' });
    expect(run.stderr).toContain('missing-page.html: no such file');
    expect(run.status).toBe(1);
  }, 30_000);

  it('exits 2 with usage when given no file', () => {
    const run = facts();
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('usage');
  }, 30_000);
});
