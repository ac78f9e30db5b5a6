import type { PrismaClient } from '../db/client.ts';

/** Per-request state handed to every resolver. */
export interface GraphQLContext {
  prisma: PrismaClient;
}
