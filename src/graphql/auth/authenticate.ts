/**
 * Who is calling: `Authorization: Bearer <key>`. No header is an anonymous reader; a key
 * that is unknown or revoked fails the whole request, so a typo never silently downgrades
 * an editor to a reader.
 */
import { verifyApiKey } from '../../db/apiKeys.ts';
import type { SqlRunner } from '../../db/client.ts';
import { forbidden, unauthenticated } from '../common/errors.ts';
import type { Caller, GraphQLContext, Role } from '../context.ts';

export async function authenticate(sql: SqlRunner, authorization: string | undefined): Promise<Caller | undefined> {
  if (!authorization) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  if (!match?.[1]) throw unauthenticated('Malformed Authorization header: expected "Bearer <api key>".');
  const key = await verifyApiKey(sql, match[1]);
  if (!key) throw unauthenticated('Unknown or revoked API key.');
  return { keyId: key.id, name: key.name, role: key.role };
}

const RANK: Record<Role, number> = { VIEWER: 0, EDITOR: 1, ADMIN: 2 };

/** Throws unless the caller holds at least `role`. */
export function requireRole(context: GraphQLContext, role: Role): void {
  if (!context.caller)
    throw unauthenticated(`This operation needs an API key with the ${role.toLowerCase()} role (Authorization: Bearer <key>).`);
  if (RANK[context.caller.role] < RANK[role]) {
    throw forbidden(`This operation needs the ${role.toLowerCase()} role; your key has the ${context.caller.role.toLowerCase()} role.`);
  }
}
