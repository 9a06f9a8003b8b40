// The toolbar badge of one tab: the number of promotional blocks, or nothing. Stateless: every
// call sets all three properties, so a restarted worker never shows stale values.
import browser from 'webextension-polyfill';
import { t } from '../shared/i18n';

export const BADGE_COLOUR = '#c5221f';

export function badgeText(promoCount: number): string {
  return promoCount > 0 ? String(promoCount) : '';
}

export function badgeTitle(promoCount: number): string {
  if (promoCount <= 0) return t('actionTitle');
  return promoCount === 1 ? t('badgeTitleOne') : t('badgeTitleMany', String(promoCount));
}

export async function setBadge(tabId: number, promoCount: number): Promise<void> {
  await Promise.all([
    browser.action.setBadgeText({ tabId, text: badgeText(promoCount) }),
    browser.action.setBadgeBackgroundColor({ tabId, color: BADGE_COLOUR }),
    browser.action.setBadgeTextColor({ tabId, color: '#ffffff' }),
    browser.action.setTitle({ tabId, title: badgeTitle(promoCount) }),
  ]);
}
