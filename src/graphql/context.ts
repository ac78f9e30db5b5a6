import { DEFAULT_INGEST_MAX_ATTEMPTS } from '../config.ts';
import type { ApiKeyRole, PrismaClient } from '../db/client.ts';
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
  prisma: PrismaClient;
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

export function createContext(prisma: PrismaClient, caller?: Caller, requestId?: string, options: ContextOptions = {}): GraphQLContext {
  return {
    prisma,
    loaders: createLoaders(prisma),
    fetchPolicy: options.fetchPolicy ?? DEFAULT_FETCH_POLICY,
    observeIngest: options.observeIngest ?? (() => undefined),
    defaultTimeZone: options.defaultTimeZone ?? DEFAULT_TIME_ZONE,
    ingestMaxAttempts: options.ingestMaxAttempts ?? DEFAULT_INGEST_MAX_ATTEMPTS,
    ...(caller ? { caller } : {}),
    ...(requestId ? { requestId } : {}),
  };
}
