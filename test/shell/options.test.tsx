// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

let fake: FakeBrowser;
let root: HTMLElement;

beforeEach(async () => {
  fake = createFakeBrowser({ stored: { settings: {
    version: 1, highlights: true, promos: true, promoDisplay: 'off',
    sites: { 'b.example': { promos: false }, 'a.example': { highlights: false, promos: true } },
  } } });
  root = document.createElement('div');
  document.body.append(root);
  vi.resetModules();
  vi.doMock('webextension-polyfill', () => ({ default: fake }));
  const { OptionsForm } = await import('../../src/options/OptionsForm');
  render(<OptionsForm />, root);
  await vi.waitFor(() => expect(root.querySelector('[data-testid="site-list"]')).not.toBeNull());
});

afterEach(() => {
  render(null, root);
  root.remove();
});

it('builds one control per schema entry and lists the sites sorted', () => {
  expect(root.querySelectorAll('[data-testid="toggle-highlights"], [data-testid="toggle-promos"]')).toHaveLength(2);
  expect([...root.querySelectorAll('input[type="radio"]')].map(input => (input as HTMLInputElement).value)).toEqual(['off', 'dim', 'collapse']);
  const rows = [...root.querySelectorAll('[data-testid="site"]')];
  expect(rows.map(row => row.getAttribute('data-host'))).toEqual(['a.example', 'b.example']);
  expect(rows[0]!.textContent).toContain('off');
});

it('saves the promo display mode and removes a site', async () => {
  (root.querySelector('[data-testid="promoDisplay-dim"]') as HTMLInputElement).click();
  await vi.waitFor(() => expect(fake.data.settings).toMatchObject({ promoDisplay: 'dim' }));
  (root.querySelector('[data-host="a.example"] [data-testid="site-remove"]') as HTMLButtonElement).click();
  await vi.waitFor(() => expect((fake.data.settings as { sites: object }).sites).toEqual({ 'b.example': { promos: false } }));
});
