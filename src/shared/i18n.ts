// UI strings from public/_locales via browser.i18n, and the UI language ("de" or "en") that
// number and date formatting follow. Promo reason texts come from the core (describeReason).
import browser from 'webextension-polyfill';

export type UiLang = 'de' | 'en';

/**
 * The language of the message file the browser picked, so number formats always match the
 * labels (getUILanguage() disagreed with the picked messages in Chromium started with --lang=de).
 */
export function uiLanguage(): UiLang {
  return t('uiLang') === 'de' ? 'de' : 'en';
}

/** The message for `key` ($1…$9 filled from `substitutions`); the key itself when it is missing. */
export function t(key: string, ...substitutions: string[]): string {
  try {
    return browser.i18n.getMessage(key, substitutions) || key;
  } catch {
    return key;
  }
}
