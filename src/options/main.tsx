// Options page entry.
import { render } from 'preact';
import { uiLanguage } from '../shared/i18n';
import '../shared/ui.css';
import './options.css';
import { OptionsForm } from './OptionsForm';

document.documentElement.lang = uiLanguage();
const root = document.getElementById('app');
if (root) render(<OptionsForm />, root);
