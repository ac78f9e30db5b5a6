/**
 * Relay cursor connections: `first/after` and `last/before`, at most 100 a page. Cursors are
 * opaque (base64url of the row id); a list reads a page relative to its cursor row in the
 * list's own order (Prisma's cursor pagination, or keyset SQL for articles). The total is
 * counted only when a client asks for it.
 */
import { badInput } from './errors.ts';

export const MAX_PAGE_SIZE = 100;
const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface ConnectionModel<T> {
  edges: { cursor: string; node: T }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: () => Promise<number>;
}

/** One page in Prisma's terms: take (signed: negative reads backwards), skip and cursor. */
export interface PageQuery {
  take: number;
  skip?: number;
  cursor?: { id: string };
}

const encodeCursor = (id: string): string => Buffer.from(`cursor:${id}`).toString('base64url');

function decodeCursor(cursor: string, field: string): string {
  const match = /^cursor:([0-9a-f-]{36})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match?.[1]) throw badInput(`${field} is not a valid cursor.`, field);
  return match[1];
}

export function pageSize(value: number | null | undefined, field: string): number | undefined {
  if (value == null) return undefined;
  if (!Number.isInteger(value) || value < 1 || value > MAX_PAGE_SIZE) {
    throw badInput(`${field} must be between 1 and ${MAX_PAGE_SIZE}.`, field);
  }
  return value;
}

/**
 * Fetches one page. `fetch` runs findMany with the given page query (one row more than the
 * page, to know whether another page follows); `count` counts every match.
 */
export async function paginate<T extends { id: string }>(
  args: PageArgs,
  fetch: (page: PageQuery) => Promise<T[]>,
  count: () => Promise<number>,
): Promise<ConnectionModel<T>> {
  const first = pageSize(args.first, 'first');
  const last = pageSize(args.last, 'last');
  if (first !== undefined && last !== undefined) throw badInput('Give first or last, not both.', 'last');
  const after = args.after == null ? undefined : decodeCursor(args.after, 'after');
  const before = args.before == null ? undefined : decodeCursor(args.before, 'before');
  const backwards = last !== undefined || (before !== undefined && first === undefined);
  const size = (backwards ? last : first) ?? DEFAULT_PAGE_SIZE;
  const anchor = backwards ? before : after;

  const rows = await fetch({ take: backwards ? -(size + 1) : size + 1, ...(anchor ? { cursor: { id: anchor }, skip: 1 } : {}) });
  const more = rows.length > size;
  const page = backwards ? rows.slice(more ? 1 : 0) : rows.slice(0, size);
  const edges = page.map((node) => ({ cursor: encodeCursor(node.id), node }));
  return {
    edges,
    pageInfo: {
      hasNextPage: backwards ? before !== undefined : more,
      hasPreviousPage: backwards ? more : after !== undefined,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount: count,
  };
}
