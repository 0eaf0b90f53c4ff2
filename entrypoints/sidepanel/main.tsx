import { render } from 'preact';
import { PanelApp } from '@/components/panel/PanelApp';
import '@/components/theme.css';
import '@/components/panel/panel.css';

document.documentElement.lang = browser.i18n.getUILanguage();
render(<PanelApp />, document.getElementById('app')!);
