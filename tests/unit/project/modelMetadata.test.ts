import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { modelMetadata } from '../../../scripts/modelMetadata.ts';
import { projectRoot } from '../../../src/config.ts';
import { column, isDate, relationOf, table } from '../../../src/db/queries/models.ts';

describe('the model metadata read from the Prisma schema', () => {
  it('is what the schema gives now (npm run generate rewrites it)', () => {
    expect(readFileSync(path.join(projectRoot, 'src', 'db', 'generated', 'models.ts'), 'utf8')).toBe(modelMetadata());
  });

  it('names tables and columns as the schema maps them', () => {
    expect(table('TroopLevel')).toBe('"troop_level"');
    expect(column('TroopLevel', 'effectiveDate')).toBe('"effective_date"');
  });

  it('finds a to-many relation’s key on the other model', () => {
    expect(relationOf('Quote', 'continuations')).toEqual({ model: 'Quote', list: true, from: 'id', to: 'continuesId' });
    expect(relationOf('Claim', 'quotes')).toEqual({ model: 'ClaimQuote', list: true, from: 'id', to: 'claimId' });
  });

  it('finds a to-one relation’s key on its own model', () => {
    expect(relationOf('Quote', 'speakerOrganisation')).toEqual({
      model: 'Organisation',
      list: false,
      from: 'speakerOrganisationId',
      to: 'id',
    });
  });

  it('knows the date columns, which arrive in JSON as strings', () => {
    expect([isDate('Article', 'publishedOn'), isDate('Claim', 'reviewedAt'), isDate('Article', 'headline')]).toEqual([true, true, false]);
  });

  it('refuses a column the model does not have instead of building SQL from it', () => {
    expect(() => column('Article', 'id"; DROP TABLE article; --')).toThrow('Article has no column');
  });
});
