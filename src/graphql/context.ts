import { DEFAULT_INGEST_MAX_ATTEMPTS } from '../config.ts';
import { sqlOf, type ApiKeyRole, type PrismaClient, type SqlRunner } from '../db/client.ts';
import type { ReadRouting } from '../db/replicas.ts';
import type { FetchPolicy } from '../fetch/index.ts';
import { DEFAULT_TIME_ZONE } from '../ingest/zones.ts';
import { createLoaders, type Loaders } from './loaders.ts';

export type Role = ApiKeyRole;

/** The API key a request presented, once verified. */
export interface Caller {
  keyId: string;
  name: string;
  role: Role;
}

/** Per-request state handed to every resolver. */
export interface GraphQLContext {
  /** Prisma reads go to a read replica, unless usePrimary() was called; writes to the primary. */
  prisma: PrismaClient;
  /** Runs the request's SQL reads: on a read replica, or the primary once usePrimary() was called. */
  read: SqlRunner;
  /** Reads from here on go to the primary: a mutation reads what it wrote (and before it writes). Call it as a method. */
  usePrimary(this: GraphQLContext): void;
  loaders: Loaders;
  caller?: Caller;
  /** The HTTP request's id, as in the logs and the x-request-id header. */
  requestId?: string;
  /** How ingestUrl may fetch: allowed hosts, timeouts, size cap. */
  fetchPolicy: FetchPolicy;
  /** Told how each ingestion ended and how long it took (the server's metrics). */
  observeIngest: IngestObserver;
  /** IANA zone of datelines that name none, unless a mutation's input gives one (DEFAULT_TIME_ZONE). */
  defaultTimeZone: string;
  /** Runs a queued ingestion may take (INGEST_MAX_ATTEMPTS). */
  ingestMaxAttempts: number;
}

export type IngestOutcome = 'new' | 'duplicate' | 'failed';
export type IngestObserver = (outcome: IngestOutcome, seconds: number) => void;

/** Fetch nothing on the local network unless told to (INGEST_ALLOW_HOSTS). */
const DEFAULT_FETCH_POLICY: FetchPolicy = { allowHosts: new Set() };

export interface ContextOptions {
  fetchPolicy?: FetchPolicy;
  observeIngest?: IngestObserver;
  defaultTimeZone?: string;
  ingestMaxAttempts?: number;
}

export function createContext(routing: ReadRouting, caller?: Caller, requestId?: string, options: ContextOptions = {}): GraphQLContext {
  let onPrimary = false;
  let replica: SqlRunner | undefined;
  // Decided at the first statement, as the operation's kind is known only after the context is
  // made; then kept, so the request's statements see one replica's point in time.
  const read: SqlRunner = (text, values) => (onPrimary ? sqlOf(routing.primary) : (replica ??= routing.reader()))(text, values);
  const context: GraphQLContext = {
    prisma: routing.prisma,
    read,
    // `this`, not `context`: Apollo hands plugins and resolvers a shallow copy of the context.
    usePrimary(this: GraphQLContext) {
      onPrimary = true;
      this.prisma = routing.primary;
    },
    loaders: createLoaders(read),
    fetchPolicy: options.fetchPolicy ?? DEFAULT_FETCH_POLICY,
    observeIngest: options.observeIngest ?? (() => undefined),
    defaultTimeZone: options.defaultTimeZone ?? DEFAULT_TIME_ZONE,
    ingestMaxAttempts: options.ingestMaxAttempts ?? DEFAULT_INGEST_MAX_ATTEMPTS,
  };
  if (caller) context.caller = caller;
  if (requestId) context.requestId = requestId;
  return context;
}
