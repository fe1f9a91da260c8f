import { GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { LatitudeResolver, LongitudeResolver } from 'graphql-scalars';

/**
 * The graphql-scalars used across the investigator API, re-exported under one name each so
 * every type file names them the same way.
 * - DateTime: an instant (Neo4j DateTime), sent as an ISO string in UTC.
 * - LocalDate: a calendar date with no time zone (Neo4j Date: sale dates, dates of birth).
 * - Latitude / Longitude: WGS-84 degrees, range-checked on input.
 * - NonEmptyString: ids and natural keys; an empty string is a client error, not "no filter".
 */
export { DateTimeResolver as DateTimeScalar, LocalDateResolver as LocalDateScalar, NonEmptyStringResolver as NonEmptyStringScalar } from 'graphql-scalars';

/**
 * graphql-scalars' Latitude and Longitude refuse a whole number written in the document
 * (`near: { latitude: 40, longitude: -75, radiusKm: 5 }` failed validation: "Can only validate
 * floats or strings as latitude but got a: IntValue"), though GraphQL accepts an Int literal
 * wherever a Float is expected (GraphQL spec, Float input coercion) and the same 40 sent as a
 * variable passes. The same scalar (name, description, range check), reading an Int literal as
 * the Float it denotes.
 */
function acceptingWholeDegrees(scalar: GraphQLScalarType): GraphQLScalarType {
  const config = scalar.toConfig();
  const parseLiteral = config.parseLiteral!;
  return new GraphQLScalarType({
    ...config,
    parseLiteral: (ast: ValueNode, variables) => parseLiteral(ast.kind === Kind.INT ? { ...ast, kind: Kind.FLOAT } : ast, variables),
  });
}

export const LatitudeScalar = acceptingWholeDegrees(LatitudeResolver);
export const LongitudeScalar = acceptingWholeDegrees(LongitudeResolver);
