/** Loading and error states shared by the panel's views (never a blank page). */
import type { JSX } from 'preact';
import { t } from '@/lib/ui/i18n';

export function Loading(): JSX.Element {
  return (
    <p class="muted" role="status">
      {t('loading')}
    </p>
  );
}

export function ErrorBox({ error }: { error: string }): JSX.Element {
  const bundle = /bundle/i.test(error);
  return (
    <div class="error" role="alert" data-testid="panel-error">
      <strong>{bundle ? t('bundleErrorTitle') : t('errorTitle')}</strong>
      {error}
    </div>
  );
}
