import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RECORD_TYPES, type RecordType } from './record.types.js';

/**
 * The record types of an import as a GraphQL enum, made from RECORD_TYPES so the two never
 * drift: names are the types in capitals (PERSON), values the NDJSON `type` tags (person).
 */
export const ImportRecordType = Object.fromEntries(RECORD_TYPES.map((t) => [t.toUpperCase(), t])) as Record<Uppercase<RecordType>, RecordType>;

registerEnumType(ImportRecordType, { name: 'ImportRecordType', description: 'Kind of record an import carries (docs/import.md).' });

@InputType({ description: 'One record to write: its type and its fields exactly as in an NDJSON import line (docs/import.md).' })
export class ImportRecordInput {
  @Field(() => ImportRecordType, { description: 'Record type.' })
  type!: RecordType;

  @Field(() => GraphQLJSONObject, {
    description: 'The fields of the record, e.g. {"id":"P-1","firstName":"Ima",…,"dateOfBirth":"1990-01-02"}; checked by the same rules as `npm run import`.',
  })
  fields!: Record<string, unknown>;
}

@ObjectType({ description: 'Records written by one type.' })
export class ImportTypeCount {
  @Field(() => ImportRecordType, { description: 'Record type.' })
  type!: RecordType;

  @Field(() => Int, { description: 'Records of that type accepted (written or found unchanged).' })
  count!: number;

  @Field(() => Int, { description: 'New records.' })
  created!: number;

  @Field(() => Int, { description: "Existing records whose values changed (sent again by the same agency, or by the record's owning agency)." })
  updated!: number;

  @Field(() => Int, { description: 'Existing records sent again with the same values: nothing changed.' })
  unchanged!: number;

  @Field(() => Int, {
    description: 'Existing records another agency sent with different values: the current values stay, the difference is kept as a conflict (`conflicts`).',
  })
  conflicted!: number;
}

@ObjectType({ description: 'What an importRecords call wrote (all of its records, in one transaction).' })
export class ImportResult {
  @Field(() => Int, {
    description: 'Records written: created, or updated in place (MERGE on natural keys, so sending the same records again changes nothing).',
  })
  accepted!: number;

  @Field(() => Int, { description: 'New records.' })
  created!: number;

  @Field(() => Int, { description: 'Existing records whose values changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Existing records sent with the same values (a re-send changes nothing).' })
  unchanged!: number;

  @Field(() => Int, { description: 'Existing records another agency sent with different values, kept as conflicts.' })
  conflicted!: number;

  @Field(() => String, {
    description: 'Id of the (:Source) this call wrote as: the audit requestId of the call; `recordSources` lists it on every record it wrote.',
  })
  sourceId!: string;

  @Field(() => [ImportTypeCount], { description: 'Records written per type, in write order.' })
  byType!: ImportTypeCount[];
}
