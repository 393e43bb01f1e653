// Lint: the recommended rules for TypeScript, plus the module boundaries of design.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.tmp/**', 'dist/**', 'node_modules/**', 'coverage/**', 'deploy/teams/build/**', 'deploy/teams/loopback-only.js', '**/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    // The advice stays pure: no framework, no I/O.
    files: ['src/rules/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['botbuilder*', 'restify*', 'fs', 'http', 'https', 'net', 'child_process', 'node:*', '../*'] }],
    },
  },
  {
    // The conversation is pure: no framework, no host, no I/O. It returns replies as values.
    files: ['src/dialogs/**/*.ts', 'src/copy/**/*.ts', 'src/analytics/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['botbuilder*', 'restify*', '../bot/*', 'fs', 'http', 'https', 'net', 'child_process', 'node:*'] }],
    },
  },
);
