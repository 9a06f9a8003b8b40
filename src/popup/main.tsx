// Popup entry: mounts the app in the UI language.
import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import '../shared/ui.css';
import './popup.css';
import { App } from './App';

const lang = uiLanguage();
document.documentElement.lang = lang;
const root = document.getElementById('app');
if (root) render(<App lang={lang} />, root);
