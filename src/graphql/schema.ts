/**
 * The executable schema: every domain folder's schema.graphql merged with its resolvers.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { GraphQLSchema } from 'graphql';
import { articleMutations } from './article/mutations.ts';
import { articleResolvers } from './article/resolvers.ts';
import { authMutations } from './auth/mutations.ts';
import { authResolvers } from './auth/resolvers.ts';
import { claimMutations } from './claim/mutations.ts';
import { claimResolvers } from './claim/resolvers.ts';
import { commonResolvers } from './common/resolvers.ts';
import { ingestJobResolvers } from './ingestJob/resolvers.ts';
import { spanResolvers } from './common/span.ts';
import { organisationResolvers } from './organisation/resolvers.ts';
import { outletResolvers } from './outlet/resolvers.ts';
import { personMutations } from './person/mutations.ts';
import { personResolvers } from './person/resolvers.ts';
import { quoteMutations } from './quote/mutations.ts';
import { quoteResolvers } from './quote/resolvers.ts';
import { searchResolvers } from './search/resolvers.ts';
import { troopLevelMutations } from './troopLevel/mutations.ts';
import { troopLevelResolvers } from './troopLevel/resolvers.ts';

const here = import.meta.dirname;

/** The SDL of every domain folder that has one, common first (it declares the root types the others extend). */
export function loadTypeDefs(): string[] {
  const domains = readdirSync(here, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(here, entry.name, 'schema.graphql')))
    .map((entry) => entry.name)
    .sort((a, b) => (a === 'common' ? -1 : b === 'common' ? 1 : a.localeCompare(b)));
  return domains.map((domain) => readFileSync(path.join(here, domain, 'schema.graphql'), 'utf8'));
}

export function buildSchema(): GraphQLSchema {
  return makeExecutableSchema({
    typeDefs: loadTypeDefs(),
    resolvers: [
      commonResolvers,
      spanResolvers,
      articleResolvers,
      articleMutations,
      quoteResolvers,
      quoteMutations,
      claimResolvers,
      claimMutations,
      troopLevelResolvers,
      troopLevelMutations,
      personResolvers,
      personMutations,
      organisationResolvers,
      outletResolvers,
      searchResolvers,
      ingestJobResolvers,
      authResolvers,
      authMutations,
    ],
    resolverValidationOptions: { requireResolversToMatchSchema: 'error' },
  });
}
