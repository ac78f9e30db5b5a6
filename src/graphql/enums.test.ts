/**
 * The SDL cannot import its enums' values, so each enum of the GraphQL schema that mirrors a
 * stored one is checked here against its source: src/ingest/types.ts, or the Prisma schema
 * (src/db/enums.ts) for those needed no lower than the database.
 */
import { mergeTypeDefs } from '@graphql-tools/merge';
import { buildASTSchema, buildSchema, isEnumType, type GraphQLSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { API_KEY_ROLES, INGEST_JOB_KINDS, INGEST_JOB_STATUSES, REVIEW_STATUSES } from '../db/enums.ts';
import {
  CLAIM_KINDS,
  DATE_PRECISIONS,
  LOCATION_KINDS,
  ORGANISATION_KINDS,
  PARAGRAPH_KINDS,
  PUBLISHED_PRECISIONS,
  QUALIFIERS,
  TROOP_LEVEL_KINDS,
} from '../ingest/types.ts';
import { loadTypeDefs } from './schema.ts';

/** Each SDL enum that mirrors a stored enum, with its source's values (Gender is stored but not served). */
const SOURCES: Record<string, readonly string[]> = {
  ApiKeyRole: API_KEY_ROLES,
  ClaimKind: CLAIM_KINDS,
  DatePrecision: DATE_PRECISIONS,
  IngestJobKind: INGEST_JOB_KINDS,
  IngestJobStatus: INGEST_JOB_STATUSES,
  LocationKind: LOCATION_KINDS,
  OrganisationKind: ORGANISATION_KINDS,
  ParagraphKind: PARAGRAPH_KINDS,
  PublishedPrecision: PUBLISHED_PRECISIONS,
  Qualifier: QUALIFIERS,
  ReviewStatus: REVIEW_STATUSES,
  TroopLevelKind: TROOP_LEVEL_KINDS,
};

/** Enums of the API's own, whose SDL is their source: an ordering, error codes, a kind resolvers derive. */
const API_ONLY = ['ArticleOrder', 'ClaimantKind', 'UserErrorCode'];

/** One line per SDL enum whose values differ from its source's: "ClaimKind: missing FORECAST; extra RUMOUR". */
function enumDrift(schema: GraphQLSchema, sources: Record<string, readonly string[]>): string[] {
  return Object.entries(sources).flatMap(([name, values]) => {
    const type = schema.getType(name);
    if (!isEnumType(type)) return [`${name}: not an enum of the schema`];
    const declared = type.getValues().map((value) => value.name);
    const missing = values.filter((value) => !declared.includes(value));
    const extra = declared.filter((value) => !values.includes(value));
    if (missing.length === 0 && extra.length === 0) return [];
    return [`${name}: missing ${missing.join(', ') || 'nothing'}; extra ${extra.join(', ') || 'nothing'}`];
  });
}

const live = buildASTSchema(mergeTypeDefs(loadTypeDefs()));

describe('the GraphQL schema’s enums', () => {
  it('hold exactly the values of their sources', () => {
    expect(enumDrift(live, SOURCES)).toEqual([]);
  });

  it('each have a source or are the API’s own', () => {
    const enums = Object.values(live.getTypeMap()).filter((type) => isEnumType(type) && !type.name.startsWith('__'));
    expect(enums.map((type) => type.name).sort()).toEqual([...Object.keys(SOURCES), ...API_ONLY].sort());
  });

  it('are reported when the SDL lacks a value of the source and has one it does not', () => {
    const drifted = buildSchema('enum ClaimKind { FIGURE EVENT STATEMENT RUMOUR } type Query { kind: ClaimKind }');
    expect(enumDrift(drifted, { ClaimKind: CLAIM_KINDS })).toEqual(['ClaimKind: missing FORECAST; extra RUMOUR']);
  });
});
