// A small in-memory stand-in for webextension-polyfill: storage.sync with onChanged events,
// i18n from the real public/_locales files, and spies for tabs/runtime/action calls.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { vi } from 'vitest';

type Listener = (...args: never[]) => unknown;

function event() {
  const listeners = new Set<Listener>();
  return {
    listeners,
    addListener: (listener: Listener) => listeners.add(listener),
    removeListener: (listener: Listener) => listeners.delete(listener),
    hasListener: (listener: Listener) => listeners.has(listener),
  };
}

export function localeMessages(lang: 'en' | 'de'): Record<string, { message: string }> {
  return JSON.parse(readFileSync(resolve(process.cwd(), `public/_locales/${lang}/messages.json`), 'utf8')) as Record<string, { message: string }>;
}

export function createFakeBrowser(options: { lang?: 'en' | 'de'; stored?: Record<string, unknown> } = {}) {
  const lang = options.lang ?? 'en';
  const messages = localeMessages(lang);
  const data: Record<string, unknown> = structuredClone(options.stored ?? {});
  const onChanged = event();
  const sync = {
    get: vi.fn(async (key: string) => (key in data ? { [key]: structuredClone(data[key]) } : {})),
    set: vi.fn(async (items: Record<string, unknown>) => {
      const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
      for (const [key, value] of Object.entries(items)) {
        changes[key] = { oldValue: data[key], newValue: structuredClone(value) };
        data[key] = structuredClone(value);
      }
      for (const listener of onChanged.listeners) (listener as (c: unknown, a: string) => void)(changes, 'sync');
    }),
  };
  return {
    data,
    storage: { sync, onChanged },
    i18n: {
      getUILanguage: () => (lang === 'de' ? 'de-DE' : 'en-US'),
      getMessage: (key: string, substitutions: string[] = []) =>
        (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n: string) => substitutions[Number(n) - 1] ?? ''),
    },
    runtime: {
      id: 'test-extension',
      onMessage: event(),
      onInstalled: event(),
      sendMessage: vi.fn(async () => undefined),
      openOptionsPage: vi.fn(async () => undefined),
      getURL: (path: string) => `chrome-extension://test-extension/${path}`,
    },
    tabs: {
      query: vi.fn(async () => [{ id: 7 }]),
      sendMessage: vi.fn(async (): Promise<unknown> => undefined),
      create: vi.fn(async () => ({})),
      onUpdated: event(),
    },
    action: {
      setBadgeText: vi.fn(async () => undefined),
      setBadgeBackgroundColor: vi.fn(async () => undefined),
      setBadgeTextColor: vi.fn(async () => undefined),
      setTitle: vi.fn(async () => undefined),
    },
  };
}

export type FakeBrowser = ReturnType<typeof createFakeBrowser>;
