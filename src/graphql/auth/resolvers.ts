import { listApiKeys } from '../../db/apiKeys.ts';
import { toGlobalId } from '../common/ids.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { requireRole } from './authenticate.ts';

export const authResolvers: Resolvers = {
  Query: {
    apiKeys: (_parent, _args, context) => {
      requireRole(context, 'ADMIN');
      return listApiKeys(context.prisma);
    },
  },
  ApiKey: {
    id: (key) => toGlobalId('ApiKey', key.id),
  },
};
