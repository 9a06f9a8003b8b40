// Meta-tests over the source manifest and the locale files: minimal permissions, a strict CSP,
// and every UI string the code asks for exists in English and German.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { FACT_KINDS } from '../../src/core/fact-sheet';
import { FACT_SECTIONS } from '../../src/popup/components/FactSheetView';
import { PROMO_DISPLAYS } from '../../src/shared/settings';
import { SETTINGS_SCHEMA } from '../../src/shared/settings-schema';
import { localeMessages } from './fake-browser';

vi.mock('webextension-polyfill', () => ({ default: {} }));

const manifest = JSON.parse(readFileSync(resolve(process.cwd(), 'manifest.json'), 'utf8')) as {
  permissions: string[]; content_security_policy: { extension_pages: string }; name: string; description: string;
  default_locale: string; content_scripts: { matches: string[]; run_at: string }[]; host_permissions?: string[];
};

describe('manifest.json', () => {
  it('asks for storage only, and injects on http(s) pages at document_idle', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.content_scripts).toEqual([expect.objectContaining({ matches: ['http://*/*', 'https://*/*'], run_at: 'document_idle' })]);
  });

  it('has a strict CSP for extension pages', () => {
    expect(manifest.content_security_policy.extension_pages).toBe(
      "default-src 'self'; script-src 'self'; object-src 'none'; style-src 'self'; img-src 'self' data:; connect-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
    );
  });

  it('takes its name and description from _locales', () => {
    expect(manifest.default_locale).toBe('en');
    for (const lang of ['en', 'de'] as const) {
      const messages = localeMessages(lang);
      for (const field of [manifest.name, manifest.description]) {
        expect(messages[field.replace(/^__MSG_(\w+)__$/, '$1')]?.message).toBeTruthy();
      }
      expect(messages.extDescription!.message.length).toBeLessThanOrEqual(132);
    }
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Literal keys passed to t(), plus the keys the code builds from registries. */
function usedKeys(): Set<string> {
  const keys = new Set<string>();
  for (const file of sourceFiles(resolve(process.cwd(), 'src'))) {
    for (const call of readFileSync(file, 'utf8').matchAll(/\bt\(([^()]*)\)/g)) {
      for (const literal of call[1]!.matchAll(/'(\w+)'/g)) keys.add(literal[1]!);
    }
  }
  for (const kind of FACT_KINDS) keys.add(`kind_${kind}`);
  for (const rating of ['buy', 'hold', 'sell']) keys.add(`rating_${rating}`);
  for (const action of ['upgrade', 'downgrade', 'initiate', 'reiterate', 'raise_target', 'cut_target']) keys.add(`action_${action}`);
  for (const display of PROMO_DISPLAYS) keys.add(`promoDisplay_${display}`);
  for (const setting of SETTINGS_SCHEMA) keys.add(setting.label).add(setting.help);
  for (const section of FACT_SECTIONS) keys.add(section.title);
  return keys;
}

describe('_locales', () => {
  const en = localeMessages('en');
  const de = localeMessages('de');

  it.each([...usedKeys()])('has "%s" in en and de', key => {
    expect(en[key]?.message).toBeTruthy();
    expect(de[key]?.message).toBeTruthy();
  });

  it('has the same keys in both languages', () => {
    expect(Object.keys(de).sort()).toEqual(Object.keys(en).sort());
  });
});
