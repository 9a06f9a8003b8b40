// The options page, generated from SETTINGS_SCHEMA: switches and choices for all sites, then
// the per-site exceptions with remove buttons. Every change is saved at once.
import { SETTINGS_SCHEMA, type ChoiceSetting, type SwitchSetting } from '../shared/settings-schema';
import type { Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import { Switch } from '../popup/components/Switch';
import { useSettings, type UpdateSettings } from '../popup/components/use-settings';
import { SiteList } from './SiteList';

export function OptionsForm() {
  const [settings, update, saveError] = useSettings();
  if (!settings) return null;
  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {saveError && <p class="error" role="alert">{t('saveFailed', saveError)}</p>}
      <section>
        <h2>{t('columnAllSites')}</h2>
        {SETTINGS_SCHEMA.map(setting => (
          <div class="setting" key={setting.key}>
            {setting.type === 'switch'
              ? <SwitchField setting={setting} settings={settings} update={update} />
              : <ChoiceField setting={setting} settings={settings} update={update} />}
            <p class="help" id={`${setting.key}-help`}>{t(setting.help)}</p>
          </div>
        ))}
      </section>
      <section>
        <h2>{t('sitesTitle')}</h2>
        <SiteList settings={settings} update={update} />
      </section>
    </main>
  );
}

interface FieldProps<S> {
  setting: S;
  settings: Settings;
  update: UpdateSettings;
}

function SwitchField({ setting, settings, update }: FieldProps<SwitchSetting>) {
  return (
    <Switch
      label={t(setting.label)}
      visibleLabel={t(setting.label)}
      testId={setting.testId}
      describedBy={`${setting.key}-help`}
      checked={settings[setting.key]}
      onChange={on => update(current => ({ ...current, [setting.key]: on }))}
    />
  );
}

function ChoiceField({ setting, settings, update }: FieldProps<ChoiceSetting>) {
  return (
    <fieldset class="choices" aria-describedby={`${setting.key}-help`}>
      <legend>{t(setting.label)}</legend>
      {setting.choices.map(choice => (
        <label key={choice}>
          <input
            type="radio"
            name={setting.key}
            value={choice}
            data-testid={`${setting.key}-${choice}`}
            checked={settings[setting.key] === choice}
            onChange={() => update(current => ({ ...current, [setting.key]: choice }))}
          />
          {t(setting.choiceLabelPrefix + choice)}
        </label>
      ))}
    </fieldset>
  );
}
