import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Modules that only exist in Node or Electron. The renderer runs as an untrusted web page, so it
// must reach them only through the preload bridge.
const nodeOnlyModules = [
  'electron',
  'better-sqlite3',
  'node-hid',
  'pdfkit',
  'bwip-js',
  'ws',
  'csv-parse',
  ...builtinModules.filter((name) => !name.startsWith('_')),
];

export default tseslint.config(
  { ignores: ['out/**', 'node_modules/**', '.native/**', '.tmp/**', 'test-results/**', 'playwright-report/**', 'reports/**', 'bench-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // Scanner data is made of control characters (GS, RS, EOT), so regular expressions name them.
      'no-control-regex': 'off',
    },
  },
  {
    // Tests read JSON catalogs and loosely typed service replies; `any` there does not reach users.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeOnlyModules.map((name) => ({ name, message: 'The renderer reaches main only through the preload bridge.' })),
          patterns: [
            { group: ['node:*'], message: 'Node built-ins are not available in the renderer.' },
            {
              regex: '(^|/)main/(?!(api/contract|api/bridge|api/channel-names|scan/types|core/result|operators/roles|operators/badge-format|operators/demo-accounts|devices/device-events|devices/device-event-ipc|devices/keyboard-layouts|devices/scale-reading|settings/station-settings-schema|labels/scanner-test-lines|returns/standard-checklist)$)',
              message: 'Only the contract, bridge, channel names, scan types, result and the Node-free operator, device event, settings schema and test sheet modules of main are shared with the renderer.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/shell/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only main/shell/ may import electron; the rest also runs under Node.' }] }],
    },
  },
);
