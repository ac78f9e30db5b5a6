/**
 * Every field of a type whose rows the look-ahead reads either is a column of the same name
 * (graphql's default resolver reads what the look-ahead loaded) or declares what it reads.
 * A new field that did neither would read `undefined` from look-ahead rows.
 */
import { isObjectType, type GraphQLObjectType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { hasColumn, type ModelName } from '../../../src/db/queries/models.ts';
import type { Lookahead } from '../../../src/graphql/common/lookahead.ts';
import { buildSchema } from '../../../src/graphql/schema.ts';

const schema = buildSchema();
const declared = (type: GraphQLObjectType, field: string) => type.getFields()[field]?.extensions.lookahead as Lookahead | undefined;
const rowTypes = Object.values(schema.getTypeMap())
  .filter(isObjectType)
  .map((type) => ({
    type,
    model: Object.keys(type.getFields())
      .map((f) => declared(type, f)?.model)
      .find(Boolean),
  }))
  .filter((row): row is { type: GraphQLObjectType; model: ModelName } => row.model !== undefined);

describe('the look-ahead', () => {
  it('knows the row types of every domain', () => {
    expect(rowTypes.map(({ type }) => type.name).sort()).toEqual([
      'Article',
      'Author',
      'Claim',
      'ClaimReviewEvent',
      'IngestJob',
      'Location',
      'Organisation',
      'Outlet',
      'Paragraph',
      'Person',
      'Quote',
      'TimelinePoint',
      'TroopLevel',
    ]);
  });

  it.each(rowTypes.map(({ type, model }) => [type.name, model, type] as const))(
    'covers every field of %s (%s rows)',
    (_name, model, type) => {
      const uncovered = Object.entries(type.getFields())
        .filter(([name, field]) => !declared(type, name) && (field.resolve !== undefined || !hasColumn(model, name)))
        .map(([name]) => name);
      expect(uncovered).toEqual([]);
    },
  );
});
