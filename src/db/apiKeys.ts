/**
 * API keys: random secrets shown once; only their sha256 is stored, with a role and an
 * optional revocation time.
 */
import { LRUCache } from 'lru-cache';
import { hash, randomBytes } from 'node:crypto';
import type { ApiKey, ApiKeyRole, PrismaClient, SqlRunner } from './client.ts';

const PREFIX = 'tlk_';

// One-shot hash: every authenticated request hashes its key, and a Hash object per call cost more.
const hashKey = (secret: string): string => hash('sha256', secret, 'hex');

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
 * How long a process may keep answering for a key after reading it live: a key revoked
 * elsewhere (another API process, the CLI) is refused everywhere within this bound; the
 * process that revokes it forgets it at once. Unknown and revoked keys are never kept.
 */
export const API_KEY_CACHE_MS = 5_000;

/**
 * Verified keys by secret hash, each for API_KEY_CACHE_MS. One per process, whichever server
 * (primary or replica) answered: a hash is of a random 32-byte secret, so it names one key.
 */
const verified = new LRUCache<string, VerifiedKey>({ max: 1_000, ttl: API_KEY_CACHE_MS });

/**
 * The live key for a secret; undefined when unknown or revoked. Every authenticated request
 * asks this: a key read in the last API_KEY_CACHE_MS answers from memory (a statement less
 * for every write), otherwise one prepared statement on the pool rather than a Prisma query
 * (which costs about half a millisecond of client CPU; BENCHMARKS.md). A read: `sql` may be a replica's.
 */
export async function verifyApiKey(sql: SqlRunner, secret: string): Promise<VerifiedKey | undefined> {
  const hash = hashKey(secret);
  const known = verified.get(hash);
  if (known) return known;
  const { rows } = await sql<VerifiedKey>('SELECT id, name, role FROM api_key WHERE hash = $1 AND revoked_at IS NULL', [hash]);
  if (rows[0]) verified.set(hash, rows[0]);
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
  return key.revokedAt ? key : revokeApiKeyById(prisma, key.id);
}

/** Revokes the key with this id (Prisma's "record not found" if none). */
export async function revokeApiKeyById(prisma: PrismaClient, id: string): Promise<ApiKey> {
  const revoked = await prisma.apiKey.update({ where: { id }, data: { revokedAt: new Date() } });
  // Forgotten after the update, so no request here can read it live again in between.
  for (const [hash, live] of verified.entries()) if (live.id === id) verified.delete(hash);
  return revoked;
}
