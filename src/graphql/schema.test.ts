import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isUnionType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_REDIRECTS } from '../fetch/index.ts';
import { formatBytes, MAX_ARTICLE_BYTES, MAX_PAGE_BYTES } from '../ingest/limits.ts';
import { MAX_PAGE_SIZE } from './common/pagination.ts';
import { buildSchema, loadTypeDefs } from './schema.ts';

const live = buildSchema();

describe('the GraphQL schema', () => {
  it('describes every type, field and enum value for Playground docs', () => {
    const missing: string[] = [];
    for (const type of Object.values(live.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
        }
      }
      if (isEnumType(type)) for (const value of type.getValues()) if (!value.description) missing.push(`${type.name}.${value.name}`);
      if (isUnionType(type) && !type.description) missing.push(type.name);
    }
    expect(missing).toEqual([]);
  });

  it('states the limits the code sets (the SDL cannot import them)', () => {
    const sdl = loadTypeDefs().join('\n');
    const pageSizes = [...sdl.matchAll(/at most (\d+)(?: per page)?[.)]/gi)].map((match) => Number(match[1]));
    expect(new Set(pageSizes)).toEqual(new Set([MAX_PAGE_SIZE]));
    expect(sdl).toContain(`At most ${formatBytes(MAX_ARTICLE_BYTES)}.`);
    expect(sdl).toContain(`Within the ${formatBytes(MAX_ARTICLE_BYTES)} request limit`);
    expect(sdl).toContain(`at most ${DEFAULT_MAX_REDIRECTS} redirects, ${formatBytes(MAX_PAGE_BYTES)}`);
  });
});
