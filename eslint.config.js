// ESLint flat config: typescript-eslint's recommended rules on every TypeScript file.
// Formatting is Prettier's job (npm run format), not ESLint's.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/**
 * Syntax that runs a statement: a call on a gateway (`gateway.read(...)`, `ctx.gateway.write(...)`)
 * or a statement named (`cypher('area/name')`). Only data modules may do these; a job may still
 * be handed the gateway to pass on to its data module.
 */
const runsStatement = (message) => [
  { selector: "CallExpression[callee.type='MemberExpression'][callee.object.name='gateway']", message },
  { selector: "CallExpression[callee.type='MemberExpression'][callee.object.type='MemberExpression'][callee.object.property.name='gateway']", message },
  { selector: "CallExpression[callee.name='cypher']", message },
];
/** A resolver does not even reach the gateway (`ctx.gateway`, `{ gateway }`): it calls data or service modules. */
const reachesGateway = (message) => [
  { selector: "MemberExpression[property.name='gateway']", message },
  { selector: "ObjectPattern > Property[key.name='gateway']", message },
  { selector: "CallExpression[callee.name='cypher']", message },
];

/** Areas of src/ with no statement outside their data modules (enforced below). */
const CLEAN_AREAS = [
  'agency',
  'analysis',
  'audit',
  'auth',
  'casing',
  'config',
  'core',
  'coverage',
  'documents',
  'errors',
  'event',
  'ffl',
  'firearm',
  'import',
  'investigation',
  'lead',
  'limits',
  'linkchart',
  'metrics',
  'model',
  'network',
  'node',
  'person',
  'provenance',
  'recovery',
  'report',
  'resolution',
  'risk',
  'sale',
  'scene',
  'schema',
  'search',
  'subscription',
  'system',
  'telemetry',
  'theft',
  'trace',
  'watch',
  'web',
];

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
    // Resolvers stay thin: they call the area's data or service module, never the gateway and
    // never a statement of their own.
    files: ['src/**/*.resolver.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...reachesGateway("A resolver never reaches the gateway: call the area's data module (src/<area>/<area>.data.ts).")],
    },
  },
  {
    // Areas whose statements all live in data modules (`*.data.ts`: the statements, their row
    // types and loaders): services, jobs and helpers there call the data module. Not here: the
    // infrastructure that runs the statements data modules hand it (src/db, src/pagination's
    // paged list, src/common's batch loader, src/server's readiness and plugins, src/main.ts).
    files: [`src/{${CLEAN_AREAS.join(',')}}/**/*.ts`],
    // Resolvers have the stricter rule above (one no-restricted-syntax per file: a later config would replace it).
    ignores: ['src/**/*.data.ts', 'src/**/*.resolver.ts'],
    rules: { 'no-restricted-syntax': ['error', ...runsStatement('Statements of this area run from its data module: add a function to src/<area>/*.data.ts.')] },
  },
  {
    // Tests send documents typed by codegen from the committed SDL (graphql(`...`), `npm run
    // codegen`), so a schema change breaks them at compile time. Deliberately invalid, hostile or
    // per-request-unique documents go through app.gqlRaw (docs/testing.md).
    files: ['test/**/*.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='gql'][typeArguments]",
          message: 'Write the document as graphql(`...`) and run `npm run codegen`: its response type comes from the schema, not by hand.',
        },
        {
          selector: "CallExpression[callee.property.name='gql'] > :matches(Literal, TemplateLiteral).arguments:first-child",
          message: 'Write the document as graphql(`...`) (typed by `npm run codegen`), or use app.gqlRaw for a deliberately invalid one.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'bench/**/*.ts'],
    // Response bodies of ad-hoc GraphQL documents: a test reads them and fails on a wrong shape.
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
