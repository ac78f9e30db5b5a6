/**
 * Environment → typed configuration: the one place every knob is read, validated and
 * documented. The README's configuration table mirrors `configSchema`.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AllowHostsError, DEFAULT_FETCH_TIMEOUT_MS, parseAllowHosts, type FetchPolicy } from './fetch/index.ts';
import { DEFAULT_TIME_ZONE, isTimeZone } from './ingest/zones.ts';

const port = (fallback: number) => z.coerce.number().int().min(1).max(65_535).default(fallback);

const bool = (fallback: boolean) =>
  z
    .enum(['true', 'false', '1', '0', 'yes', 'no'])
    .default(fallback ? 'true' : 'false')
    .transform((value) => ['true', '1', 'yes'].includes(value));

const timeZone = z.string().refine(isTimeZone, { message: 'must be an IANA time zone such as Europe/London' });

const postgresUrl = z
  .string()
  .url({ message: 'must be a URL such as postgresql://user:password@localhost:5432/db' })
  .refine((url) => /^postgres(ql)?:\/\//.test(url), {
    message: 'must start with postgresql:// or postgres://',
  })
  .optional();

/**
 * A comma-separated list of Postgres URLs; empty when unset. An entry that is not one is named
 * by its position, never quoted: it may hold a password.
 */
const postgresUrlList = z
  .string()
  .default('')
  .transform((list, context) => {
    const urls = list
      .split(',')
      .map((url) => url.trim())
      .filter(Boolean);
    const bad = urls.findIndex((url) => !URL.canParse(url) || !/^postgres(ql)?:\/\/[^/]/.test(url));
    if (bad === -1) return urls;
    context.addIssue({
      code: 'custom',
      message: `entry ${bad + 1} is not a URL such as postgresql://user:password@replica-1:5432/db (comma-separated list)`,
    });
    return z.NEVER;
  });

export const DEFAULT_PUBLISHER = 'Troop levels fact desk';

// Defaults that code below this module falls back on too (a client or server made without a config).
export const DEFAULT_POOL_SIZE = 10;
export const DEFAULT_STATEMENT_TIMEOUT_MS = 5_000;
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
export const DEFAULT_INGEST_MAX_ATTEMPTS = 5;
export const DEFAULT_REPLICA_MAX_LAG_MS = 1_000;

const configSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  /** External Postgres. When unset, an embedded Postgres is started. */
  DATABASE_URL: postgresUrl,
  /** Read replicas of DATABASE_URL (streaming replication), comma-separated: reads go to them (src/db/replicas.ts). */
  DATABASE_REPLICA_URLS: postgresUrlList,
  /** A replica further behind the primary than this is skipped, and a mutation's answer waits at most this long for the replicas. */
  REPLICA_MAX_LAG_MS: z.coerce.number().int().min(10).max(600_000).default(DEFAULT_REPLICA_MAX_LAG_MS),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4000),
  /** Embedded Postgres: data directory, port and database name. */
  PG_DATA_DIR: z.string().min(1).default('.data/postgres'),
  PG_PORT: port(5433),
  PG_DATABASE: z
    .string()
    .regex(/^[a-z_][a-z0-9_]*$/, 'must be a lowercase identifier such as troop_levels')
    .default('troop_levels'),
  /** Load seed/articles when the database has no article; default on, except NODE_ENV=production. */
  SEED_ON_START: z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional(),
  /** Zone for datelines that name none. */
  DEFAULT_TIME_ZONE: timeZone.default(DEFAULT_TIME_ZONE),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  STUDIO_PORT: port(5555),
  /** GraphQL Playground at GET /graphql; default on, except NODE_ENV=production. */
  PLAYGROUND: z.enum(['true', 'false']).optional(),
  /** Refuse anonymous reads: every request then needs an API key. */
  READS_REQUIRE_KEY: bool(false),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(DEFAULT_POOL_SIZE),
  /** The organisation named as the author of exported ClaimReviews. */
  PUBLISHER_NAME: z.string().trim().min(1).max(200).default(DEFAULT_PUBLISHER),
  /** Schema introspection (and field suggestions in errors); default on, except NODE_ENV=production. */
  INTROSPECTION: z.enum(['true', 'false']).optional(),
  /** Browser origins allowed to call the API cross-origin, comma-separated (default: none). */
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().url({ message: 'must be a comma-separated list of origins such as https://desk.example.org' }))),
  /** A request that has not been answered after this long gets 503. */
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_REQUEST_TIMEOUT_MS),
  /** host:port pairs ingestUrl may fetch although they are on a private network or this machine. */
  INGEST_ALLOW_HOSTS: z
    .string()
    .default('')
    .transform((list, context) => {
      try {
        return parseAllowHosts(list);
      } catch (error) {
        context.addIssue({
          code: 'custom',
          message: error instanceof AllowHostsError ? error.message.replace(/^INGEST_ALLOW_HOSTS: /, '') : String(error),
        });
        return z.NEVER;
      }
    }),
  /** The most one page fetch may take (ms), redirects included; keep it under REQUEST_TIMEOUT_MS. */
  INGEST_FETCH_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_FETCH_TIMEOUT_MS),
  /** GraphQL queries per API key (anonymous: per address) per minute; 0: no limit. */
  RATE_LIMIT_READS_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(600),
  /** GraphQL mutations (ingestion among them) per API key or address per minute; 0: no limit. */
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(0).max(1_000_000).default(60),
  /** OpenTelemetry: traces go to this OTLP/HTTP collector (src/telemetry.ts reads it, and the SDK the other OTEL_* variables); unset, no tracing. */
  OTEL_EXPORTER_OTLP_ENDPOINT: z.string().url({ message: 'must be a URL such as http://127.0.0.1:4318' }).optional(),
  /** A span per resolved field as well (many per request): off unless `true`. */
  OTEL_GRAPHQL_RESOLVER_SPANS: z.enum(['true', 'false']).default('false'),
  /** Run only the documents listed in TRUSTED_DOCUMENTS_FILE (an editor's key may run others). */
  TRUSTED_DOCUMENTS: z
    .enum(['true', 'false'])
    .default('false')
    .transform((value) => value === 'true'),
  /** GraphQL Code Generator's persisted-documents manifest (relative to the project). */
  TRUSTED_DOCUMENTS_FILE: z.string().min(1).default('examples/client/src/gql/persisted-documents.json'),
  /** GET /metrics asks for `Authorization: Bearer <this>` when set. */
  METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  /** Ingestion jobs one worker process (`npm run worker`) runs at a time. */
  WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
  /** `npm start` also runs an ingest worker in its own process; default on, except NODE_ENV=production (run `npm run worker` there). */
  WORKER_IN_PROCESS: z.enum(['true', 'false', '1', '0', 'yes', 'no']).optional(),
  /** Runs a queued ingestion may take (the first included) before it is recorded as FAILED. */
  INGEST_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(25).default(DEFAULT_INGEST_MAX_ATTEMPTS),
  /** Postgres cancels any statement running longer than this. */
  STATEMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(DEFAULT_STATEMENT_TIMEOUT_MS),
});

export type Config = Omit<z.infer<typeof configSchema>, 'PLAYGROUND' | 'INTROSPECTION' | 'SEED_ON_START' | 'WORKER_IN_PROCESS'> & {
  /** PG_DATA_DIR resolved against the project directory. */
  dataDir: string;
  SEED_ON_START: boolean;
  WORKER_IN_PROCESS: boolean;
  playground: boolean;
  introspection: boolean;
};

/** What ingestion may fetch, from INGEST_ALLOW_HOSTS and INGEST_FETCH_TIMEOUT_MS. */
export const fetchPolicyOf = (config: Pick<Config, 'INGEST_ALLOW_HOSTS' | 'INGEST_FETCH_TIMEOUT_MS'>): FetchPolicy => ({
  allowHosts: config.INGEST_ALLOW_HOSTS,
  timeoutMs: config.INGEST_FETCH_TIMEOUT_MS,
});

/** Thrown for configuration the user must fix; the CLI prints only its message. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** The folder of package.json: the repository, or the image's /app (compiled code runs from dist/src). */
export const projectRoot = ((): string => {
  for (let dir = import.meta.dirname; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json'))) return dir;
    if (path.dirname(dir) === dir) return path.resolve(import.meta.dirname, '..');
  }
})();

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = configSchema.safeParse(stripEmpty(env));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const key = issue?.path.join('.') ?? 'configuration';
    throw new ConfigError(`Invalid ${key}: ${issue?.message ?? 'invalid value'}.`);
  }
  const { PLAYGROUND, INTROSPECTION, SEED_ON_START, WORKER_IN_PROCESS, ...values } = parsed.data;
  const onOutsideProduction = (flag: string | undefined) =>
    flag === undefined ? values.NODE_ENV !== 'production' : ['true', '1', 'yes'].includes(flag);
  const playground = onOutsideProduction(PLAYGROUND);
  return {
    ...values,
    dataDir: path.resolve(projectRoot, values.PG_DATA_DIR),
    // A real database gets the demo article only when asked: production starts empty.
    SEED_ON_START: onOutsideProduction(SEED_ON_START),
    WORKER_IN_PROCESS: onOutsideProduction(WORKER_IN_PROCESS),
    playground,
    // Playground needs the schema: turning it on turns introspection on, unless told otherwise.
    introspection: INTROSPECTION === undefined ? playground : INTROSPECTION === 'true',
  };
}

/** An empty variable (`PORT=`) means "use the default", as most tools treat it. */
function stripEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== ''));
}
