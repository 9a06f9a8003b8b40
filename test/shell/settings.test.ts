import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBrowser, type FakeBrowser } from './fake-browser';

let fake: FakeBrowser;
vi.mock('webextension-polyfill', () => ({ default: new Proxy({}, { get: (_, key) => fake[key as keyof FakeBrowser] }) }));

const settingsModule = await import('../../src/shared/settings');
const { defaultSettings, effectiveSettings, loadSettings, migrateSettings, saveSettings, onSettingsChanged, withSiteSwitch, withoutSite } = settingsModule;

beforeEach(() => {
  fake = createFakeBrowser();
});

describe('migrateSettings', () => {
  it.each([undefined, null, 42, 'settings', [], [true], () => 1])('turns %s into the defaults', raw => {
    expect(migrateSettings(raw)).toEqual(defaultSettings());
  });

  it('keeps valid values and drops wrong types and unknown keys', () => {
    const migrated = migrateSettings({
      version: 0, highlights: false, promos: 'yes', promoDisplay: 'collapse', extra: 1,
      sites: { 'example.com': { highlights: false, promos: 1, colour: 'red' } },
    });
    expect(migrated).toEqual({ version: 1, highlights: false, promos: true, promoDisplay: 'collapse', sites: { 'example.com': { highlights: false } } });
  });

  it('rejects an unknown promo display mode', () => {
    expect(migrateSettings({ promoDisplay: 'hide' }).promoDisplay).toBe('off');
  });

  it('drops sites that are not hostnames or carry no valid override', () => {
    const sites = JSON.parse('{"__proto__": {"highlights": false}, "constructor": {"promos": false}, "EVIL.com/path": {"promos": false}, "news.example.org": {"promos": false}, "a.example": {}, "b.example": null, "127.0.0.1": {"highlights": true}}') as unknown;
    const migrated = migrateSettings({ sites });
    // "constructor" is a valid single-label host (like "localhost"); as an own key it is harmless.
    expect(migrated.sites).toEqual({ constructor: { promos: false }, 'news.example.org': { promos: false }, '127.0.0.1': { highlights: true } });
    expect(Object.getPrototypeOf(migrated.sites)).toBe(Object.prototype);
    expect(effectiveSettings(migrated, 'toString').promos).toBe(true);
  });

  it('never throws on hostile objects', () => {
    const hostile = { get highlights() { throw new Error('boom'); } };
    expect(migrateSettings(hostile)).toEqual(defaultSettings());
    expect(migrateSettings({ promos: false, sites: { 'a.example': hostile } })).toEqual(defaultSettings());
  });

  it('caps the per-site list', () => {
    const sites = Object.fromEntries(Array.from({ length: 2500 }, (_, i) => [`site${i}.example`, { promos: false }]));
    expect(Object.keys(migrateSettings({ sites }).sites)).toHaveLength(2000);
  });
});

describe('site switches', () => {
  it('lets a site override the global switch in both directions', () => {
    const settings = { ...defaultSettings(), highlights: false, sites: { 'on.example': { highlights: true }, 'off.example': { promos: false } } };
    expect(effectiveSettings(settings, 'on.example')).toEqual({ highlights: true, promos: true, promoDisplay: 'off' });
    expect(effectiveSettings(settings, 'off.example')).toEqual({ highlights: false, promos: false, promoDisplay: 'off' });
    expect(effectiveSettings(settings, 'other.example')).toEqual({ highlights: false, promos: true, promoDisplay: 'off' });
    expect(effectiveSettings(settings, '__proto__').highlights).toBe(false);
  });

  it('stores only overrides that differ from the global value', () => {
    const off = withSiteSwitch(defaultSettings(), 'a.example', 'promos', false);
    expect(off.sites).toEqual({ 'a.example': { promos: false } });
    expect(withSiteSwitch(off, 'a.example', 'promos', true).sites).toEqual({});
    expect(withoutSite(off, 'a.example').sites).toEqual({});
  });
});

describe('storage', () => {
  it('loads defaults when nothing or garbage is stored, and survives a failing storage', async () => {
    expect(await loadSettings()).toEqual(defaultSettings());
    fake = createFakeBrowser({ stored: { settings: 'corrupt' } });
    expect(await loadSettings()).toEqual(defaultSettings());
    fake.storage.sync.get.mockRejectedValueOnce(new Error('quota'));
    expect(await loadSettings()).toEqual(defaultSettings());
  });

  it('round-trips and notifies listeners with migrated values', async () => {
    const seen: unknown[] = [];
    const lifetime = new AbortController();
    onSettingsChanged(settings => seen.push(settings), lifetime.signal);
    await saveSettings({ ...defaultSettings(), promos: false });
    expect((await loadSettings()).promos).toBe(false);
    expect(seen).toEqual([{ ...defaultSettings(), promos: false }]);
    lifetime.abort();
    await saveSettings(defaultSettings());
    expect(seen).toHaveLength(1);
  });
});
