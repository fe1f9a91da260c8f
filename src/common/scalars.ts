/**
 * The graphql-scalars used across the investigator API, re-exported under one name each so
 * every type file names them the same way.
 * - DateTime: an instant (Neo4j DateTime), sent as an ISO string in UTC.
 * - LocalDate: a calendar date with no time zone (Neo4j Date: sale dates, dates of birth).
 * - Latitude / Longitude: WGS-84 degrees, range-checked on input.
 * - NonEmptyString: ids and natural keys; an empty string is a client error, not "no filter".
 */
export {
  DateTimeResolver as DateTimeScalar,
  LocalDateResolver as LocalDateScalar,
  LatitudeResolver as LatitudeScalar,
  LongitudeResolver as LongitudeScalar,
  NonEmptyStringResolver as NonEmptyStringScalar,
} from 'graphql-scalars';
