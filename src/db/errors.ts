/**
 * What kind of database failure an error is, whichever road it came by: the Prisma client
 * (known request errors, driver-adapter errors in `meta`), or node-postgres directly (the
 * compiled reads in queries/). Callers turn the kind into an answer a client can act on.
 */
export type DatabaseFailure =
  /** A unique constraint refused the write. */
  | 'conflict'
  /** The row a write named does not exist. */
  | 'not-found'
  /** Postgres cannot be reached, or dropped the connection (stopped, restarting, full). */
  | 'unavailable'
  /** Postgres cancelled the statement (statement_timeout). */
  | 'timeout';

const UNAVAILABLE_PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const UNAVAILABLE_ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
// node-postgres reports a dropped or never-made connection only in words.
const UNAVAILABLE_MESSAGES =
  /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Can't reach database server|the database system is (starting up|shutting down|in recovery mode)/i;

export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  for (let current = error, depth = 0; isObject(current) && depth < 5; current = current.cause, depth++) {
    const kind = failureOf(current);
    if (kind) return kind;
  }
  return undefined;
}

function failureOf(error: Record<string, unknown>): DatabaseFailure | undefined {
  const code = typeof error.code === 'string' ? error.code : undefined;
  if (code === 'P2002' || code === '23505') return 'conflict';
  if (code === 'P2025') return 'not-found';
  if (code && (UNAVAILABLE_PRISMA_CODES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return 'unavailable';
  // SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown).
  if (code && (/^08...$/.test(code) || /^57P0[1-3]$/.test(code))) return 'unavailable';
  if (code === '57014') return 'timeout';
  const adapterCause = adapterErrorCause(error);
  if (adapterCause) {
    if (typeof adapterCause.kind === 'string' && UNAVAILABLE_ADAPTER_KINDS.has(adapterCause.kind)) return 'unavailable';
    if (adapterCause.kind === 'UniqueConstraintViolation') return 'conflict';
    if (adapterCause.kind === 'postgres' && typeof adapterCause.code === 'string') return failureOf({ code: adapterCause.code });
  }
  return typeof error.message === 'string' && UNAVAILABLE_MESSAGES.test(error.message) ? 'unavailable' : undefined;
}

/** Prisma keeps the driver adapter's classification in `meta.driverAdapterError.cause`. */
function adapterErrorCause(error: Record<string, unknown>): Record<string, unknown> | undefined {
  const meta = error.meta;
  if (!isObject(meta) || !isObject(meta.driverAdapterError)) return undefined;
  const cause = meta.driverAdapterError.cause;
  return isObject(cause) ? cause : undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
