import { render } from 'preact';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/theme.css';
import '@/components/library/library.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<OptionsApp />, document.getElementById('app')!);
