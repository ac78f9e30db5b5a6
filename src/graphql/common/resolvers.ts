import { DateResolver, DateTimeResolver } from 'graphql-scalars';
import type { Resolvers } from '../generated/resolvers.ts';
import { parseGlobalId, type NodeType } from './ids.ts';

/** Typename tag so Node.__resolveType knows what `node(id)` loaded. */
const tagged = <T extends object>(row: T | null, type: NodeType) => (row ? Object.assign(row, { __typename: type }) : null);

/** Counting is lazy (ConnectionModel.totalCount): it runs only when a client asks. */
const counted = { totalCount: (connection: { totalCount: () => Promise<number> }) => connection.totalCount() };

export const commonResolvers: Resolvers = {
  DateTime: DateTimeResolver,
  Date: DateResolver,
  ArticleConnection: counted,
  QuoteConnection: counted,
  ClaimConnection: counted,
  TroopLevelConnection: counted,
  PersonConnection: counted,
  OrganisationConnection: counted,
  OutletConnection: counted,
  Query: {
    node: async (_parent, { id }, { loaders }) => {
      const parsed = parseGlobalId(id);
      if (!parsed) return null;
      switch (parsed.type) {
        case 'Article':
          return tagged(await loaders.article.load(parsed.id), 'Article');
        case 'Quote':
          return tagged(await loaders.quote.load(parsed.id), 'Quote');
        case 'Claim':
          return tagged(await loaders.claim.load(parsed.id), 'Claim');
        case 'TroopLevel':
          return tagged(await loaders.troopLevel.load(parsed.id), 'TroopLevel');
        case 'Person':
          return tagged(await loaders.person.load(parsed.id), 'Person');
        case 'Organisation':
          return tagged(await loaders.organisation.load(parsed.id), 'Organisation');
        case 'Location':
          return tagged(await loaders.location.load(parsed.id), 'Location');
        case 'Outlet':
          return tagged(await loaders.outlet.load(parsed.id), 'Outlet');
        case 'ApiKey':
          return null; // keys are listed to admins through apiKeys, never fetched by id
      }
    },
  },
  Node: {
    __resolveType: (node) => Reflect.get(node, '__typename') as NodeType,
  },
};
