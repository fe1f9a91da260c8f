// GraphQL Codegen plugin (`npm run codegen`): Apollo Client type policies derived from the SDL, so a
// client cache never loses data (https://www.apollographql.com/docs/react/caching/cache-field-behavior#merging-non-normalized-objects).
// - Object types without `id` cannot be normalised: `merge: true` lets two results that select
//   different fields of the same field (same arguments) combine instead of replacing each other
//   ("Cache data may be lost when replacing the ... field").
// - ChartNode carries per-chart values (distance from the seeds, risk at chart time): charts are
//   views, so a node is kept inside its chart (`keyFields: false`), never shared between charts.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- GraphQL Codegen loads local plugins as CommonJS
const { isObjectType } = require('graphql');

const VIEWS = new Set(['ChartNode']);

module.exports = {
  plugin(schema) {
    const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].filter(Boolean).map((t) => t.name));
    const policies = {};
    for (const type of Object.values(schema.getTypeMap()).sort((a, b) => a.name.localeCompare(b.name))) {
      if (!isObjectType(type) || type.name.startsWith('__') || roots.has(type.name)) continue;
      if (VIEWS.has(type.name)) policies[type.name] = { keyFields: false };
      else if (!type.getFields().id) policies[type.name] = { merge: true };
    }
    return `${JSON.stringify(policies, null, 2)}\n`;
  },
};
