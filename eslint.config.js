// ESLint flat config: recommended JS + TypeScript rules, layer boundaries (the core is pure
// TypeScript, the DOM layer has no extension APIs) and a ban on string-to-code/markup sinks in src.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Globals that only exist in a browser or an extension: the core must not touch them. */
const BROWSER_GLOBALS = ['window', 'self', 'document', 'navigator', 'location', 'history', 'browser', 'chrome',
  'fetch', 'XMLHttpRequest', 'WebSocket', 'localStorage', 'sessionStorage', 'indexedDB', 'CSS', 'Highlight',
  'Node', 'Element', 'HTMLElement', 'Range', 'MutationObserver', 'requestAnimationFrame'];

const POLYFILL = { name: 'webextension-polyfill', message: 'Extension APIs belong in src/content, src/background and the UI pages.' };

export default tseslint.config(
  // .tmp-*: helpers' scratch files, never committed.
  { ignores: ['dist/', 'dist-*/', 'node_modules/', 'artifacts/', 'test-results/', 'test/corpus/', '**/.tmp-*'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module', globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-eval': 'error',
      'no-implied-eval': 'error', // string setTimeout / setInterval
      'no-new-func': 'error',
      'no-restricted-properties': ['error',
        { property: 'innerHTML', message: 'Build nodes (textContent, createElement); page text must never become markup.' },
        { property: 'insertAdjacentHTML', message: 'Build nodes instead of parsing markup.' },
        { object: 'document', property: 'write', message: 'Never write markup into a document.' },
        { object: 'document', property: 'writeln', message: 'Never write markup into a document.' },
      ],
      'no-restricted-syntax': ['error',
        { selector: 'AssignmentExpression > MemberExpression.left[property.name="outerHTML"]', message: 'Do not assign outerHTML.' },
        { selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]', message: 'Render text, never raw HTML.' },
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2023 } },
    rules: {
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS.map(name => ({ name, message: 'src/core is pure TypeScript: no browser or extension APIs.' }))],
      'no-restricted-imports': ['error', {
        paths: [POLYFILL, ...builtinModules.map(name => ({ name, message: 'src/core runs everywhere: no node builtins.' }))],
        patterns: [
          { group: ['node:*'], message: 'src/core runs everywhere: no node builtins.' },
          { group: ['**/dom', '**/dom/**', '**/shared', '**/shared/**', '**/content/**', '**/background/**', '**/popup/**', '**/options/**', '**/welcome/**', '**/cli/**'],
            message: 'src/core depends on nothing outside src/core.' },
        ],
      }],
    },
  },
  {
    files: ['src/dom/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [POLYFILL] }] },
  },
);
