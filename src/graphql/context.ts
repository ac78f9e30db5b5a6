import type { PrismaClient } from '../db/client.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export type Role = 'VIEWER' | 'EDITOR' | 'ADMIN';

/** The API key a request presented, once verified. */
export interface Caller {
  keyId: string;
  name: string;
  role: Role;
}

/** Per-request state handed to every resolver. */
export interface GraphQLContext {
  prisma: PrismaClient;
  loaders: Loaders;
  caller?: Caller;
  /** The HTTP request's id, as in the logs and the x-request-id header. */
  requestId?: string;
}

export function createContext(prisma: PrismaClient, caller?: Caller, requestId?: string): GraphQLContext {
  return { prisma, loaders: createLoaders(prisma), ...(caller ? { caller } : {}), ...(requestId ? { requestId } : {}) };
}
