import { Ctx, FieldResolver, ID, Resolver, Root } from 'type-graphql';
import { Agency } from '../model/agency.type.js';
import { Casing } from '../model/casing.type.js';
import { Ffl } from '../model/ffl.type.js';
import { Firearm, Manufacturer } from '../model/firearm.type.js';
import { Lead } from '../model/lead.type.js';
import { ChartNodeKind, KEY_PROPERTY } from '../linkchart/chart-node-kind.enum.js';
import { formatNodeId } from '../linkchart/node-id.js';
import { Person } from '../model/person.type.js';
import { Recovery } from '../model/recovery.type.js';
import { Sale } from '../model/sale.type.js';
import { Scene } from '../model/scene.type.js';
import { Trace } from '../model/trace.type.js';
import type { RequestContext } from '../core/context.js';

type Row = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type ObjectClass = Function;

const GLOBAL_ID = 'Global id (Relay): kind and natural key, the id link charts use; refetch with `node(id:)`.';

/** `Node.id` of one kind: built by the link charts' formatNodeId from the kind's natural key. */
function globalIdResolver(type: ObjectClass, kind: ChartNodeKind) {
  const keyProperty = KEY_PROPERTY[kind];
  @Resolver(() => type)
  class GlobalIdResolver {
    @FieldResolver(() => ID, { description: GLOBAL_ID })
    id(@Root() row: Row, @Ctx() _ctx: RequestContext): string {
      return formatNodeId(kind, String(row[keyProperty]));
    }
  }
  Object.defineProperty(GlobalIdResolver, 'name', { value: `${kind}GlobalIdResolver` });
  return GlobalIdResolver;
}

/**
 * Kinds whose natural key was their `id` field keep it as `<kind>Id` (`personId`, `sceneId`...):
 * `id` now holds the global id, so every object of the graph has one unique key a cache can use.
 */
function naturalIdResolver<F extends string>(type: ObjectClass, field: F, description: string) {
  @Resolver(() => type)
  class NaturalIdResolver {
    @FieldResolver(() => ID, { name: field, description })
    naturalId(@Root() row: Row): string {
      return String(row.id);
    }
  }
  Object.defineProperty(NaturalIdResolver, 'name', { value: `${field}Resolver` });
  return NaturalIdResolver;
}

export const nodeIdResolvers = [
  globalIdResolver(Agency, ChartNodeKind.AGENCY),
  globalIdResolver(Scene, ChartNodeKind.SCENE),
  globalIdResolver(Casing, ChartNodeKind.CASING),
  globalIdResolver(Firearm, ChartNodeKind.FIREARM),
  globalIdResolver(Manufacturer, ChartNodeKind.MANUFACTURER),
  globalIdResolver(Ffl, ChartNodeKind.FFL),
  globalIdResolver(Person, ChartNodeKind.PERSON),
  globalIdResolver(Sale, ChartNodeKind.SALE),
  globalIdResolver(Recovery, ChartNodeKind.RECOVERY),
  globalIdResolver(Trace, ChartNodeKind.TRACE),
  globalIdResolver(Lead, ChartNodeKind.LEAD),
  naturalIdResolver(Scene, 'sceneId', "Incident id (the investigating agency's case or CAD number). Natural key."),
  naturalIdResolver(Firearm, 'firearmId', 'Firearm record id. Natural key (serials are not unique across makes).'),
  naturalIdResolver(Person, 'personId', 'Person id (record id of the source system). Natural key; not personal data.'),
  naturalIdResolver(Sale, 'saleId', "Sale record id (e.g. from the dealer's acquisition and disposition record). Natural key."),
  naturalIdResolver(Recovery, 'recoveryId', 'Recovery record id. Natural key.'),
  naturalIdResolver(Trace, 'traceId', 'Trace number. Natural key.'),
  naturalIdResolver(Lead, 'leadId', 'Lead id. Natural key.'),
] as const;
