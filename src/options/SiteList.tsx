// Per-site exceptions: one row per hostname with its overrides and a remove button.
import { SWITCH_SETTINGS } from '../shared/settings-schema';
import { withoutSite, type Settings } from '../shared/settings';
import { t } from '../shared/i18n';
import type { UpdateSettings } from '../popup/components/use-settings';

export function SiteList({ settings, update }: { settings: Settings; update: UpdateSettings }) {
  const hosts = Object.keys(settings.sites).sort();
  if (hosts.length === 0) return <p class="note">{t('sitesEmpty')}</p>;
  return (
    <table class="sites" data-testid="site-list">
      <thead>
        <tr>
          <th scope="col">{t('siteColumn')}</th>
          {SWITCH_SETTINGS.map(setting => <th scope="col" key={setting.key}>{t(setting.label)}</th>)}
          <th scope="col"><span class="visually-hidden">{t('siteRemove')}</span></th>
        </tr>
      </thead>
      <tbody>
        {hosts.map(host => (
          <tr key={host} data-testid="site" data-host={host}>
            <th scope="row"><bdi>{host}</bdi></th>
            {SWITCH_SETTINGS.map(setting => {
              const value = settings.sites[host]?.[setting.key];
              return <td key={setting.key}>{t(value === undefined ? 'stateDefaultShort' : value ? 'stateOnShort' : 'stateOffShort')}</td>;
            })}
            <td>
              <button type="button" data-testid="site-remove" aria-label={t('siteRemoveLabel', host)} onClick={() => update(current => withoutSite(current, host))}>
                {t('siteRemove')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
