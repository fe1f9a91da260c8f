import { Field, Int, ObjectType, type ClassType } from 'type-graphql';

@ObjectType({ description: 'Where a page sits in its list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'True when more items follow this page: ask again with `after: endCursor`.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'True when this page was asked for with `after` (lists are walked forwards only).' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page; null when the page is empty.' })
  startCursor!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item on this page; pass it as `after` for the next page. Null when the page is empty.',
  })
  endCursor!: string | null;
}

/** What the resolvers hand to a connection type; totalCount may be computed only when asked for. */
export interface ConnectionValue<T> {
  edges: Array<{ node: T; cursor: string }>;
  pageInfo: PageInfo;
  count: number | (() => Promise<number>);
}

/**
 * Builds `<Name>Connection` and `<Name>Edge` object types for a node type. One generic
 * definition for every list of the API, so they all page the same way. `whats` is the plural the
 * descriptions use, when adding an s does not make it ("history entries").
 */
export function Connection<T extends object>(node: ClassType<T>, name: string, what: string, whats = `${what}s`) {
  @ObjectType(`${name}Edge`, { description: `One ${what} in a page, with its cursor.` })
  class Edge {
    @Field(() => node, { description: `The ${what}.` })
    node!: T;

    @Field(() => String, { description: 'Opaque keyset cursor of this item: pass it as `after` to continue after it.' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${whats} (Relay cursor connection, keyset-paged: stable while records are added).` })
  class ConnectionType {
    @Field(() => [Edge], { description: `The ${whats} on this page, in the list's order.` })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Cursors and whether more pages follow.' })
    pageInfo!: PageInfo;

    count!: number | (() => Promise<number>);

    @Field(() => Int, { description: `How many ${whats} the whole list holds with these filters (counted when asked for).` })
    totalCount(): number | Promise<number> {
      return typeof this.count === 'function' ? this.count() : this.count;
    }
  }
  return ConnectionType;
}
