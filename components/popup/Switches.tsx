/**
 * The global switch and the switch for the current site. They only write the settings; the content
 * scripts watch them and apply the change at once.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import {
  getSettings,
  isActiveOn,
  setEnabled,
  setSiteEnabled,
  siteKey,
  watchSettings,
  type Settings,
} from '@/lib/settings';
import { t } from '@/lib/ui/i18n';

export function Switches({ hostname }: { hostname: string | null }): JSX.Element {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void getSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  const site = hostname ? siteKey(hostname) : null;
  const siteOn = settings && site ? !settings.disabledSites.includes(site) : true;
  return (
    <div class="switches">
      <label class="switch-row">
        <span>{t('switchEverywhere')}</span>
        <input
          type="checkbox"
          role="switch"
          aria-checked={settings?.enabled ?? true}
          class="switch"
          data-testid="switch-global"
          checked={settings?.enabled ?? true}
          disabled={!settings}
          onChange={(e) => void setEnabled((e.target as HTMLInputElement).checked)}
        />
      </label>
      {site && (
        <label class="switch-row">
          <span>{t('switchSite', site)}</span>
          <input
            type="checkbox"
            role="switch"
            aria-checked={siteOn}
            class="switch"
            data-testid="switch-site"
            checked={siteOn}
            disabled={!settings?.enabled}
            onChange={(e) => void setSiteEnabled(site, (e.target as HTMLInputElement).checked)}
          />
        </label>
      )}
      {settings && site && !isActiveOn(settings, site) && <p class="muted small">{t('offHere')}</p>}
    </div>
  );
}
