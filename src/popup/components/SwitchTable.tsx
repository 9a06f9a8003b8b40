// The feature switches as a table: one row per switch setting, columns "all sites" and (when the
// page's host is known) "this site". Changes are saved at once; open tabs apply them live.
import { SWITCH_SETTINGS } from '../../shared/settings-schema';
import { effectiveSettings, withSiteSwitch, type Settings } from '../../shared/settings';
import { t } from '../../shared/i18n';
import { Switch } from './Switch';
import type { UpdateSettings } from './use-settings';

interface SwitchTableProps {
  settings: Settings;
  update: UpdateSettings;
  hostname?: string;
}

export function SwitchTable({ settings, update, hostname }: SwitchTableProps) {
  const site = hostname ? effectiveSettings(settings, hostname) : undefined;
  return (
    <table class="switches">
      <thead>
        <tr>
          <th scope="col"><span class="visually-hidden">{t('switchesTitle')}</span></th>
          <th scope="col">{t('columnAllSites')}</th>
          {hostname && <th scope="col"><bdi title={hostname}>{t('columnThisSite')}</bdi></th>}
        </tr>
      </thead>
      <tbody>
        {SWITCH_SETTINGS.map(setting => (
          <tr key={setting.key}>
            <th scope="row" title={t(setting.help)}>{t(setting.label)}</th>
            <td>
              <Switch
                label={t('toggleAllLabel', t(setting.label))}
                testId={setting.testId}
                checked={settings[setting.key]}
                onChange={on => update(current => ({ ...current, [setting.key]: on }))}
              />
            </td>
            {hostname && site && (
              <td>
                <Switch
                  label={t('toggleSiteLabel', t(setting.label), hostname)}
                  testId={setting.siteTestId}
                  checked={site[setting.key]}
                  onChange={on => update(current => withSiteSwitch(current, hostname, setting.key, on))}
                />
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
