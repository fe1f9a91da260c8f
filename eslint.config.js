// ESLint flat config: typescript-eslint's recommended rules on every TypeScript file.
// Formatting is Prettier's job (npm run format), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: ['node_modules/', 'neo4j/target/', '.data/', '.assets/', 'coverage/', 'test/generated/', 'dist/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      globals: { console: 'readonly', process: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' },
    },
    rules: {
      // TypeScript itself reports undefined names, with the right globals for Node and the browser.
      'no-undef': 'off',
      // `_name` marks a value kept on purpose (destructured away, or a required parameter).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  {
    files: ['src/**/*.resolver.ts'],
    rules: {
      // Resolvers stay thin: statements run from the area's data module (src/<area>/<area>.data.ts).
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='gateway']",
          message: "A resolver never calls the gateway: use the area's data module (src/<area>/<area>.data.ts).",
        },
      ],
    },
  },
  {
    files: ['src/linkchart/*.ts'],
    ignores: ['src/linkchart/*.data.ts'],
    rules: {
      // The link chart's statements live in its data module; services compose charts from its reads.
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='gateway']",
          message: 'Link-chart services never call the gateway: add a read to src/linkchart/linkchart.data.ts.',
        },
        { selector: "CallExpression[callee.name='cypher']", message: 'Statements of the link chart are named in src/linkchart/linkchart.data.ts.' },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    // Response bodies of ad-hoc GraphQL documents: a test reads them and fails on a wrong shape.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
