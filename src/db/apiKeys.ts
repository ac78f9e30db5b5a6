/**
 * API keys: random secrets shown once; only their sha256 is stored, with a role and an
 * optional revocation time.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { ApiKey, ApiKeyRole, PrismaClient, SqlRunner } from './client.ts';

const PREFIX = 'tlk_';

const hashKey = (secret: string): string => createHash('sha256').update(secret).digest('hex');

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

/** Who a verified key belongs to and what it may do. */
export type VerifiedKey = Pick<ApiKey, 'id' | 'name' | 'role'>;

/**
 * The live key for a secret; undefined when unknown or revoked. Every authenticated request
 * asks this, so it is one prepared statement on the pool rather than a Prisma query (which
 * costs about half a millisecond of client CPU; BENCHMARKS.md). A read: `sql` may be a replica's.
 */
export async function verifyApiKey(sql: SqlRunner, secret: string): Promise<VerifiedKey | undefined> {
  const { rows } = await sql<VerifiedKey>('SELECT id, name, role FROM api_key WHERE hash = $1 AND revoked_at IS NULL', [hashKey(secret)]);
  return rows[0];
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
