import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const FEATURES = [
  'amends',
  'backup',
  'inventory',
  'journal',
  'safety',
  'settings',
  'steps',
  'today',
  'vault',
];

// The layers of the house (docs/DESIGN.md, "Layers"): lib ← db ← core ← ui ← features ← app.
// A layer imports only from the layers below it; a feature imports another feature only through
// that feature's index.ts. Patterns are gitignore-style and match the import as written, so each
// folder lists the relative spellings that reach a forbidden place from its depth.
const NO_APP = {
  group: ['**/app', '**/app/*'],
  message:
    'src/app/ is the shell at the top; nothing below it imports it. Move what you need down to src/core/ or src/lib/.',
};
const NO_FEATURES = {
  group: ['**/features/*', '**/features/*/**'],
  message:
    'Only src/features/ and src/app/ import features. Move what you need down to src/core/ or src/lib/.',
};
const NO_UI = {
  group: ['**/ui/*'],
  message: 'src/ui/ sits above this layer. Keep lib, db and core free of components.',
};
const NO_CORE = {
  group: ['**/core/*'],
  message: 'src/core/ sits above this layer (lib ← db ← core).',
};
const NO_DB = {
  group: ['**/db/*'],
  message: 'src/db/ sits above src/lib/ (lib ← db).',
};
const restrict = (...patterns) => ['error', { patterns }];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-bench',
      'dist-bare-shell',
      'dev-dist',
      'coverage',
      'test-results',
      'playwright-report',
    ],
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware: a promise nobody awaits or catches loses its failure silently, and an async
    // function handed to an event prop or a void callback does the same. Every such failure must
    // reach the person in plain words (rule 10), or be marked `void` with the reason beside it.
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['src/lib/**'],
    rules: { 'no-restricted-imports': restrict(NO_APP, NO_FEATURES, NO_UI, NO_CORE, NO_DB) },
  },
  {
    files: ['src/db/**'],
    rules: { 'no-restricted-imports': restrict(NO_APP, NO_FEATURES, NO_UI, NO_CORE) },
  },
  {
    files: ['src/core/**'],
    rules: { 'no-restricted-imports': restrict(NO_APP, NO_FEATURES, NO_UI) },
  },
  {
    files: ['src/ui/**'],
    rules: { 'no-restricted-imports': restrict(NO_APP, NO_FEATURES) },
  },
  ...FEATURES.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': restrict(NO_APP, {
        // From inside a feature another feature is `../<name>` (or deeper `../../<name>`); its
        // index.ts is the one door: `../<name>` itself, never a module inside it.
        group: [
          ...FEATURES.filter((other) => other !== feature).flatMap((other) => [
            `../${other}/**`,
            `../../${other}/**`,
            `../../../${other}/**`,
            `**/features/${other}/**`,
          ]),
        ],
        message: `Import another feature only through its index.ts (for example '../journal'); add what you need to that index.`,
      }),
    },
  })),
  {
    // One kit owns how an editor saves (issue #12): flushing on leave, following another tab and
    // asking for persistence live in useEditorSave, so an editor that reached past it to the bare
    // autosave hook would quietly lose those. A type import (the save state a line shows) brings
    // in no behaviour. The typescript-eslint spelling of the rule is used so that it adds to the
    // layer rules above instead of replacing them (a later `no-restricted-imports` would).
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/useEditorSave.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/useAutosave', '**/useAutosave.ts'],
              allowTypeImports: true,
              message:
                'Editors save through the editor kit (src/core/useEditorSave.ts), which adds flushing on leave, other tabs and persistence to autosave.',
            },
          ],
        },
      ],
    },
  },
  {
    // Chromium keeps the state of form controls in its session files, in plain text, unless
    // autocomplete is off; and it asks its autofill service about them. See docs/DESIGN.md.
    files: ['src/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "JSXOpeningElement[name.name=/^(textarea|input|form|select)$/]:not(:has(JSXAttribute[name.name='autoComplete']))",
          message:
            'Give every form, input, textarea and select an autoComplete attribute ("off", or the password token for a passphrase): without it Chromium writes what is typed into its session files in plain text (docs/DESIGN.md, rule 11).',
        },
      ],
    },
  },
);
