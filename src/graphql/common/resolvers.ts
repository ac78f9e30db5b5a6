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
  IngestJobConnection: counted,
  Query: {
    node: async (_parent, { id }, { loaders, caller }) => {
      const parsed = parseGlobalId(id);
      if (!parsed) return null;
      // Keys are listed to admins through apiKeys, never fetched by id; jobs only with a key, as ingestJob.
      if (parsed.type === 'ApiKey' || (parsed.type === 'IngestJob' && !caller)) return null;
      return tagged(await loaders.row(parsed.type).load(parsed.id), parsed.type);
    },
  },
  Node: {
    __resolveType: (node) => Reflect.get(node, '__typename') as NodeType,
  },
};
