/**
 * The library page (`options.html`, opened in a tab): the user's corpus ("Library") and the
 * display settings ("Settings"), one page with a section each and a skip-to navigation.
 */
import type { JSX } from 'preact';
import { LibraryView } from '../library/LibraryView';
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
        {/* Its own section (id "library", the nav's target) with its heading. */}
        <LibraryView />
        <section id="settings" class="options-section" aria-labelledby="settings-heading">
          <h2 id="settings-heading">{t('optionsSettings')}</h2>
          <SettingsView />
        </section>
      </main>
    </>
  );
}
