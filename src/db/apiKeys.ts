/**
 * API keys: random secrets shown once; only their sha256 is stored, with a role and an
 * optional revocation time.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ApiKey, ApiKeyRole, PrismaClient } from './client.ts';

const PREFIX = 'tlk_';

export const hashKey = (secret: string): string => createHash('sha256').update(secret).digest('hex');

export interface CreatedKey {
  key: ApiKey;
  /** The secret itself: shown to its owner once, never stored. */
  secret: string;
}

export async function createApiKey(prisma: PrismaClient, name: string, role: ApiKeyRole): Promise<CreatedKey> {
  const secret = `${PREFIX}${randomBytes(24).toString('base64url')}`;
  const key = await prisma.apiKey.create({ data: { name, role, hash: hashKey(secret), prefix: secret.slice(0, PREFIX.length + 6) } });
  return { key, secret };
}

/** The live key for a secret; undefined when unknown or revoked. */
export async function verifyApiKey(prisma: PrismaClient, secret: string): Promise<ApiKey | undefined> {
  const key = await prisma.apiKey.findUnique({ where: { hash: hashKey(secret) } });
  return key && !key.revokedAt ? key : undefined;
}

export function listApiKeys(prisma: PrismaClient): Promise<ApiKey[]> {
  return prisma.apiKey.findMany({ orderBy: { createdAt: 'asc' } });
}

/** Revokes by id or by the printed prefix; returns the revoked key, undefined if none matched. */
export async function revokeApiKey(prisma: PrismaClient, idOrPrefix: string): Promise<ApiKey | undefined> {
  const key = await prisma.apiKey.findFirst({
    where: { OR: [{ prefix: idOrPrefix }, ...(/^[0-9a-f-]{36}$/.test(idOrPrefix) ? [{ id: idOrPrefix }] : [])] },
  });
  if (!key) return undefined;
  return prisma.apiKey.update({ where: { id: key.id }, data: { revokedAt: key.revokedAt ?? new Date() } });
}
