import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'dist-bench', 'dev-dist', 'coverage', 'test-results', 'playwright-report'] },
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
