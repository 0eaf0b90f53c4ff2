import { render } from 'preact';
import { t } from '@/lib/ui/i18n';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/theme.css';
import '@/components/options/options.css';
import '@/components/library/library.css';

document.documentElement.lang = browser.i18n.getUILanguage();
document.title = t('optionsTitle');
render(<OptionsApp />, document.getElementById('app')!);
