import { z } from 'zod';
import { createApiKey, listApiKeys } from '../../db/apiKeys.ts';
import { toGlobalId } from '../common/ids.ts';
import { argId, onExisting, validate } from '../common/mutation.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { requireRole } from './authenticate.ts';

const keyName = z.string().trim().min(1, 'Must not be empty.').max(200, 'At most 200 characters.');

export const authResolvers: Resolvers = {
  Query: {
    apiKeys: (_parent, _args, context) => {
      requireRole(context, 'ADMIN');
      return listApiKeys(context.prisma);
    },
  },
  Mutation: {
    createApiKey: async (_parent, { name, role }, context) => {
      requireRole(context, 'ADMIN');
      const valid = validate(keyName, name, ['name']);
      if (!valid.ok) return { apiKey: null, secret: null, userErrors: valid.userErrors };
      const { key, secret } = await createApiKey(context.prisma, valid.data, role);
      return { apiKey: key, secret, userErrors: [] };
    },
    revokeApiKey: async (_parent, { id }, context) => {
      requireRole(context, 'ADMIN');
      const target = argId('ApiKey', id, ['id']);
      if ('userError' in target) return { apiKey: null, userErrors: [target.userError] };
      const apiKey = await onExisting('ApiKey', () =>
        context.prisma.apiKey.update({ where: { id: target.id }, data: { revokedAt: new Date() } }),
      );
      return { apiKey, userErrors: [] };
    },
  },
  ApiKey: {
    id: (key) => toGlobalId('ApiKey', key.id),
  },
};
