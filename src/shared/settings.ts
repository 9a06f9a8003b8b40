// User settings: the typed shape in storage.sync (key "settings"), defaults, normalising of
// unknown or corrupt stored values (never throws) and the per-site view the content script uses.
import browser from 'webextension-polyfill';

export type PromoDisplay = 'off' | 'dim' | 'collapse';
export const PROMO_DISPLAYS: readonly PromoDisplay[] = ['off', 'dim', 'collapse'];

export interface SiteOverrides {
  highlights?: boolean;
  promos?: boolean;
}

export interface Settings {
  version: 1;
  highlights: boolean;
  promos: boolean;
  promoDisplay: PromoDisplay;
  /** Per-hostname overrides of the global switches; a missing key follows the global one. */
  sites: Record<string, SiteOverrides>;
}

export interface EffectiveSettings {
  highlights: boolean;
  promos: boolean;
  promoDisplay: PromoDisplay;
}

export const SETTINGS_KEY = 'settings';

export function defaultSettings(): Settings {
  return { version: 1, highlights: true, promos: true, promoDisplay: 'off', sites: {} };
}

// Hostnames only (no ports, paths or prototype keys such as "__proto__"); IPv6 in brackets.
const HOSTNAME = /^(?:[a-z0-9-]{1,63}\.)*[a-z0-9-]{1,63}$|^\[[0-9a-f:.]{2,45}\]$/;
const MAX_SITES = 2000;

export function isHostname(value: string): boolean {
  return value.length <= 253 && HOSTNAME.test(value);
}

/** Any stored value (missing, old, corrupt, from a newer version) → valid Settings. */
export function migrateSettings(raw: unknown): Settings {
  try {
    return migrateFields(raw);
  } catch {
    return defaultSettings(); // values that throw on read (never from storage, but never crash either)
  }
}

function migrateFields(raw: unknown): Settings {
  const settings = defaultSettings();
  if (!isRecord(raw)) return settings;
  if (typeof raw.highlights === 'boolean') settings.highlights = raw.highlights;
  if (typeof raw.promos === 'boolean') settings.promos = raw.promos;
  if (typeof raw.promoDisplay === 'string' && (PROMO_DISPLAYS as readonly string[]).includes(raw.promoDisplay)) {
    settings.promoDisplay = raw.promoDisplay as PromoDisplay;
  }
  if (isRecord(raw.sites)) settings.sites = migrateSites(raw.sites);
  return settings;
}

function migrateSites(raw: Record<string, unknown>): Record<string, SiteOverrides> {
  const sites: Record<string, SiteOverrides> = {};
  for (const [host, value] of Object.entries(raw).slice(0, MAX_SITES)) {
    if (!isHostname(host) || !isRecord(value)) continue;
    const overrides: SiteOverrides = {};
    if (typeof value.highlights === 'boolean') overrides.highlights = value.highlights;
    if (typeof value.promos === 'boolean') overrides.promos = value.promos;
    if (Object.keys(overrides).length > 0) sites[host] = overrides;
  }
  return sites;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function effectiveSettings(settings: Settings, hostname: string): EffectiveSettings {
  const site = Object.hasOwn(settings.sites, hostname) ? settings.sites[hostname] : undefined;
  return {
    highlights: site?.highlights ?? settings.highlights,
    promos: site?.promos ?? settings.promos,
    promoDisplay: settings.promoDisplay,
  };
}

/** Sets a site's switch; an override equal to the global value is dropped so the list stays short. */
export function withSiteSwitch(settings: Settings, hostname: string, key: keyof SiteOverrides, on: boolean): Settings {
  const sites = { ...settings.sites };
  const overrides: SiteOverrides = { ...sites[hostname] };
  if (on === settings[key]) delete overrides[key];
  else overrides[key] = on;
  if (Object.keys(overrides).length > 0) sites[hostname] = overrides;
  else delete sites[hostname];
  return { ...settings, sites };
}

export function withoutSite(settings: Settings, hostname: string): Settings {
  const sites = { ...settings.sites };
  delete sites[hostname];
  return { ...settings, sites };
}

export async function loadSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.sync.get(SETTINGS_KEY);
    return migrateSettings(stored[SETTINGS_KEY]);
  } catch {
    return defaultSettings();
  }
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.sync.set({ [SETTINGS_KEY]: settings });
}

/** Calls `listener` with the new settings whenever another context saves them. */
export function onSettingsChanged(listener: (settings: Settings) => void, signal?: AbortSignal): void {
  const handle = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    const change = changes[SETTINGS_KEY];
    if (area === 'sync' && change) listener(migrateSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(handle);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(handle), { once: true });
}
