/**
 * Layers of src/ and the direction imports take (docs/architecture.md draws them):
 *   core        core/ errors/ config/ db/ pagination/ common/ telemetry/   imports nothing above it
 *   platform    auth/ audit/ limits/                             core only
 *   model       model/  (the graph's GraphQL types)              core and platform
 *   areas       every other folder (scene/, casing/, risk/, ...) anything below, other areas without a cycle
 *   composition server/ schema/ web/ main.ts                     the top: HTTP, Apollo, the resolver list, pages
 * `npm run lint` fails on an upward import, a circular import between folders or modules, and a
 * resolver that reaches the gateway itself (resolvers call their area's data module).
 */
const CORE = '^src/(core|errors|config|db|pagination|common|telemetry)/';
const PLATFORM = '^src/(auth|audit|limits)/';
const MODEL = '^src/model/';
const COMPOSITION = '^src/(server|schema|web)/|^src/main\\.ts$';

module.exports = {
  forbidden: [
    {
      name: 'src-does-not-import-bench',
      severity: 'error',
      comment: 'Benchmarks and their peer server (bench/peer, @neo4j/graphql) are measuring tools, never part of the service.',
      from: { path: '^src/' },
      to: { path: '^bench/|node_modules/@neo4j/graphql' },
    },
    {
      name: 'no-circular-folders',
      severity: 'error',
      scope: 'folder',
      comment: 'Two folders that import each other are one tangle: move the shared part down a layer.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules importing each other in a circle load in an order nobody chose.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'core-imports-only-core',
      severity: 'error',
      comment: 'The core (context, gateway, errors, config, pagination, shared rules) imports nothing above it.',
      from: { path: CORE },
      to: { path: '^src/', pathNot: CORE },
    },
    {
      name: 'platform-imports-only-core',
      severity: 'error',
      comment: 'Auth, audit and limits serve every area; they import only the core (and each other).',
      from: { path: PLATFORM },
      to: { path: '^src/', pathNot: `${CORE}|${PLATFORM}` },
    },
    {
      name: 'model-imports-only-below',
      severity: 'error',
      comment: "The graph's GraphQL types import only the core and the platform (personal-data rules).",
      from: { path: MODEL },
      to: { path: '^src/', pathNot: `${CORE}|${PLATFORM}|${MODEL}` },
    },
    {
      name: 'nothing-imports-the-composition',
      severity: 'error',
      comment: 'server/, schema/, web/ and main.ts assemble the service; nothing below may import them.',
      from: { path: '^src/', pathNot: `${COMPOSITION}|\\.cli\\.ts$` },
      to: { path: COMPOSITION },
    },
    {
      name: 'resolvers-do-not-call-the-gateway',
      severity: 'error',
      comment: "A resolver calls its area's data module (src/<area>/<area>.data.ts), never the gateway.",
      from: { path: '\\.resolver\\.ts$' },
      to: { path: '^src/db/gateway\\.ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default'], extensions: ['.ts', '.tsx', '.js'] },
  },
};
