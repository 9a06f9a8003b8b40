// The user-facing settings as data: the popup's switch table and the options form are both
// generated from this list, so a new setting is one entry here plus its strings in _locales.
import { PROMO_DISPLAYS, type PromoDisplay, type SiteOverrides } from './settings';

export interface SwitchSetting {
  type: 'switch';
  key: keyof SiteOverrides;
  /** _locales message keys. */
  label: string;
  help: string;
  /** data-testid of the global and the per-site checkbox. */
  testId: string;
  siteTestId: string;
}

export interface ChoiceSetting {
  type: 'choice';
  key: 'promoDisplay';
  label: string;
  help: string;
  choices: readonly PromoDisplay[];
  /** _locales key of each choice: prefix + choice. */
  choiceLabelPrefix: string;
}

export const SWITCH_SETTINGS: readonly SwitchSetting[] = [
  { type: 'switch', key: 'highlights', label: 'settingHighlights', help: 'settingHighlightsHelp', testId: 'toggle-highlights', siteTestId: 'toggle-highlights-site' },
  { type: 'switch', key: 'promos', label: 'settingPromos', help: 'settingPromosHelp', testId: 'toggle-promos', siteTestId: 'toggle-promos-site' },
];

export const SETTINGS_SCHEMA: readonly (SwitchSetting | ChoiceSetting)[] = [
  ...SWITCH_SETTINGS,
  { type: 'choice', key: 'promoDisplay', label: 'settingPromoDisplay', help: 'settingPromoDisplayHelp', choices: PROMO_DISPLAYS, choiceLabelPrefix: 'promoDisplay_' },
];
