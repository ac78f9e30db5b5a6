import { z } from 'zod';
import { createApiKey, revokeApiKeyById } from '../../db/apiKeys.ts';
import { mutation } from '../common/mutation.ts';
import type { Resolvers } from '../generated/resolvers.ts';

const keyName = z.string().trim().min(1, 'Must not be empty.').max(200, 'At most 200 characters.');

export const authMutations: Resolvers = {
  Mutation: {
    createApiKey: mutation(
      { role: 'ADMIN', input: { arg: 'name', schema: keyName }, refused: { apiKey: null, secret: null } },
      async ({ args, data: name, context }) => {
        const { key, secret } = await createApiKey(context.prisma, name, args.role);
        return { apiKey: key, secret };
      },
    ),
    revokeApiKey: mutation({ role: 'ADMIN', ids: { id: 'ApiKey' }, refused: { apiKey: null } }, async ({ ids, context }) => ({
      apiKey: await revokeApiKeyById(context.prisma, ids.id),
    })),
  },
};
