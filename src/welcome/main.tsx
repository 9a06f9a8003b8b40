// Welcome page entry.
import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import '../shared/ui.css';
import './welcome.css';
import { Welcome } from './Welcome';

const lang = uiLanguage();
document.documentElement.lang = lang;
const root = document.getElementById('app');
if (root) render(<Welcome lang={lang} />, root);
