import js from '@eslint/js'
import globals from 'globals'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  { ignores: ['dist', 'dist-e2e', 'coverage', 'public'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: {
      ecmaVersion: 2022,
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // One logging voice: everything goes through src/log/log.ts.
      'no-console': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // The domain stays plain TypeScript: React and msw live above it.
    files: ['src/{server,browser,jwt,world,course,trace,http,errors,log,time}/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-*', 'zustand', 'zustand/*'],
              message: 'The domain imports no React or zustand.',
            },
            { group: ['msw', 'msw/*'], message: 'Only src/transport imports msw.' },
          ],
        },
      ],
    },
  },
  {
    files: ['src/log/**', 'scripts/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
)
