/** The options page ("Factlight settings and library"): the settings, then the library. */
import type { JSX } from 'preact';
import { LibraryView } from '../library/LibraryView';

export function OptionsApp(): JSX.Element {
  return (
    <main class="options">
      <h1 class="visually-hidden">Factlight</h1>
      {/* SettingsView (helper i11ui) mounts here, above the library. */}
      <LibraryView />
    </main>
  );
}
