/**
 * Relay global ids: base64url("Type:uuid"). Opaque to clients, and `node(id)` can tell the
 * type from the id alone.
 */
import { badInput } from './errors.ts';

const NODE_TYPES = [
  'Article',
  'Quote',
  'Claim',
  'TroopLevel',
  'Person',
  'Organisation',
  'Location',
  'Outlet',
  'ApiKey',
  'IngestJob',
] as const;
export type NodeType = (typeof NODE_TYPES)[number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const toGlobalId = (type: NodeType, id: string): string => Buffer.from(`${type}:${id}`).toString('base64url');

/** The type and database id inside a global id; undefined when it is not one of ours. */
export function parseGlobalId(globalId: string): { type: NodeType; id: string } | undefined {
  const [type, id] = Buffer.from(globalId, 'base64url').toString('utf8').split(':');
  if (!type || !id || !UUID.test(id) || !(NODE_TYPES as readonly string[]).includes(type)) return undefined;
  return { type: type as NodeType, id };
}

/** The database id of a global id that must be of `type`; BAD_USER_INPUT otherwise. */
function idOf(type: NodeType, globalId: string, field = 'id'): string {
  const parsed = parseGlobalId(globalId);
  if (!parsed || parsed.type !== type) throw badInput(`${field} is not a valid ${type} id.`, field);
  return parsed.id;
}

/** Like idOf for optional arguments. */
export const optionalIdOf = (type: NodeType, globalId: string | null | undefined, field: string): string | undefined =>
  globalId == null ? undefined : idOf(type, globalId, field);

/**
 * A filter's global ids as database ids, each named `filter.<key>` when it does not parse;
 * keys without a value are left out.
 */
export function filterIds<K extends string>(
  filter: Partial<Record<NoInfer<K>, string | null>> | null | undefined,
  types: Record<K, NodeType>,
) {
  const ids: Partial<Record<K, string>> = {};
  for (const key of Object.keys(types) as K[]) {
    const id = optionalIdOf(types[key], filter?.[key], `filter.${key}`);
    if (id !== undefined) ids[key] = id;
  }
  return ids;
}
