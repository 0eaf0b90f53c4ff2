/**
 * The library page (`options.html`, opened in a tab): the user's corpus ("Library") and the
 * display settings ("Settings"), one page with a section each and a skip-to navigation.
 */
import type { JSX } from 'preact';
import { SettingsView } from '../settings/SettingsView';
import { t } from '@/lib/ui/i18n';

export function OptionsApp(): JSX.Element {
  return (
    <>
      <header class="options-header">
        <h1 class="brand">{t('optionsTitle')}</h1>
        <nav aria-label={t('optionsNav')}>
          <a href="#library" class="nav-link">
            {t('optionsLibrary')}
          </a>
          <a href="#settings" class="nav-link">
            {t('optionsSettings')}
          </a>
        </nav>
      </header>
      <main class="options-main">
        {/* The library (components/library/, built separately) mounts here, inside this section. */}
        <section id="library" class="options-section" aria-labelledby="library-heading">
          <h2 id="library-heading">{t('optionsLibrary')}</h2>
        </section>
        <section id="settings" class="options-section" aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t('optionsSettings')}</h2>
          <SettingsView />
        </section>
      </main>
    </>
  );
}
