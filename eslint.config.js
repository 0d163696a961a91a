import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules/', 'data/', 'dist/', 'web/dist/', 'bin/', 'eslint.config.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Tests read JSON bodies of responses; typing every one would only repeat the zod contracts.
    files: ['test/**/*.ts', 'src/**/*.test.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The console: antd marks the props it is dropping; catch them before they vanish in the next major.
    files: ['web/src/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-deprecated': 'error' },
  },
  {
    // Hooks called in the same order on every render, with the dependencies they read. The React Compiler's
    // rules are left out: the console is not compiled by it, and they take a loader that sets state after an
    // await for one that sets it within the effect.
    files: ['web/src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'error' },
  },
  {
    // Build and tooling scripts in plain JavaScript (scripts/, web/scripts/): no type information.
    files: ['**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['**/*.mjs'],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly', localStorage: 'readonly' },
    },
  },
  {
    // The public site's one browser script (src/modules/portal/site/assets/): plain JavaScript served as is.
    files: ['src/modules/portal/site/assets/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/modules/portal/site/assets/*.js'],
    languageOptions: {
      globals: { document: 'readonly', window: 'readonly', fetch: 'readonly', Element: 'readonly' },
    },
  },
  prettier,
);
