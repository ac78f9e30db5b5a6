/**
 * Read replicas (DATABASE_REPLICA_URLS): Postgres standbys fed by streaming replication.
 *
 * Reads go to a replica in rotation: Prisma's reads through `@prisma/extension-read-replicas`,
 * our own SQL through `reader()`. Writes, transactions and raw statements stay on the primary.
 * A lag monitor (one per process) probes every replica every PROBE_INTERVAL_MS and takes out
 * of rotation any that is down or further behind than REPLICA_MAX_LAG_MS (lag in time,
 * replicaLag.ts); a replica comes back once it has replayed everything the primary had when
 * the probe began. With no replica in rotation, reads go to the primary.
 *
 * Read-your-writes: `awaitReplay()`, run after a mutation and before its answer is sent, waits
 * until every replica in rotation has replayed the primary's WAL as it is then (at most
 * REPLICA_MAX_LAG_MS; one that has not is taken out of rotation here, and in other processes
 * at their next probe). See README, "Read replicas".
 */
import type { Logger } from '../logger.ts';
import { closeClient, createPrismaClient, shareRunner, sqlOf, type ClientOptions, type PrismaClient, type SqlRunner } from './client.ts';
import { parseLsn, WalHistory } from './replicaLag.ts';

export type ReplicaState = 'ok' | 'lagging' | 'down';

/** A replica as /readyz shows it. */
export interface ReplicaStatus {
  /** host:port/database: never the user or password. */
  url: string;
  state: ReplicaState;
  /** How far behind the primary it was when last asked; null when it did not answer. */
  lagMs: number | null;
}

/** Where a request's reads go; the same shape with or without replicas. */
export interface ReadRouting {
  /** For resolvers: Prisma's reads go to a replica in rotation, everything else to the primary. */
  prisma: PrismaClient;
  /** The primary's client: writes, and every read of a mutation. */
  primary: PrismaClient;
  /** The SQL runner of a replica in rotation (round robin), or the primary's when none is. */
  reader(): SqlRunner;
  replicas(): ReplicaStatus[];
  /** After a write: resolves once the replicas in rotation have it (see above); at once without replicas. */
  awaitReplay(): Promise<void>;
  /** Stops the monitor and closes the replicas' pools (not the primary's). */
  close(): Promise<void>;
}

/** No replicas: everything on the primary, no extra statement anywhere. */
export function primaryOnly(primary: PrismaClient): ReadRouting {
  const sql = sqlOf(primary);
  return { prisma: primary, primary, reader: () => sql, replicas: () => [], awaitReplay: async () => {}, close: async () => {} };
}

export interface ReplicaOptions {
  maxLagMs: number;
  /** How often the monitor probes (ms). Default PROBE_INTERVAL_MS. */
  probeIntervalMs?: number;
  /** The replicas' pools: size, timeouts (as the primary's). */
  client?: ClientOptions;
  log?: Logger;
}

const PROBE_INTERVAL_MS = 250;
/** How often awaitReplay asks a replica how far it has replayed. */
const REPLAY_POLL_MS = 5;

interface Replica {
  url: string;
  client: PrismaClient;
  sql: SqlRunner;
  state: ReplicaState;
  lagMs: number | null;
}

/**
 * The flush position, not the insert position: a standby receives only flushed WAL, and a
 * commit the client saw is flushed.
 */
const PRIMARY_POSITION = 'SELECT pg_current_wal_flush_lsn()::text AS lsn';
const REPLAY_POSITION = 'SELECT pg_last_wal_replay_lsn()::text AS lsn, pg_is_in_recovery() AS recovering';

/** Opens a pool per replica and probes them once before returning, so the first reads are routed. */
export async function openReplicas(primary: PrismaClient, urls: string[], options: ReplicaOptions): Promise<ReadRouting> {
  const { maxLagMs, log } = options;
  // Loaded here: a process without replicas does not pay for it at start-up.
  const { readReplicas } = await import('@prisma/extension-read-replicas');
  const replicas: Replica[] = urls.map((url) => {
    const client = createPrismaClient(url, options.client);
    return { url: displayUrl(url), client, sql: sqlOf(client), state: 'down', lagMs: null };
  });
  const primarySql = sqlOf(primary);
  // The extension picks a random element of this very array on every read (it keeps the
  // reference; tests/integration/db/readReplicasExtension.test.ts pins that), so its content is
  // kept equal to the replicas in rotation, or the primary when there are none.
  const rotation: PrismaClient[] = [primary];
  let inRotation: Replica[] = [];
  // The extended client's type is a structural superset of PrismaClient's that TypeScript cannot relate to it.
  const prisma = primary.$extends(readReplicas({ replicas: rotation })) as unknown as PrismaClient;
  shareRunner(prisma, primary);
  const history = new WalHistory(Math.max(10_000, 4 * maxLagMs));

  const setState = (replica: Replica, state: ReplicaState, lagMs: number | null, reason?: string) => {
    if (state !== replica.state) {
      const change = { replica: replica.url, from: replica.state, to: state, lagMs, ...(reason ? { reason } : {}) };
      if (state === 'ok') log?.info(change, 'read replica in rotation');
      else log?.warn(change, 'read replica out of rotation');
    }
    replica.state = state;
    replica.lagMs = lagMs;
    inRotation = replicas.filter((r) => r.state === 'ok');
    rotation.splice(0, rotation.length, ...(inRotation.length > 0 ? inRotation.map((r) => r.client) : [primary]));
  };

  const primaryPosition = async () => parseLsn((await primarySql<{ lsn: string }>(PRIMARY_POSITION, [])).rows[0]!.lsn);
  /** What a replica has replayed, or why it cannot serve: unreachable, or not a standby (promoted, misconfigured). */
  const replayed = async (replica: Replica): Promise<bigint | string> => {
    try {
      const row = (await replica.sql<{ lsn: string | null; recovering: boolean }>(REPLAY_POSITION, [])).rows[0];
      return row?.recovering && row.lsn ? parseLsn(row.lsn) : 'not a standby (pg_is_in_recovery() is false)';
    } catch (error) {
      // pg's messages name the host and user, never the password.
      return error instanceof Error ? error.message : String(error);
    }
  };

  const probeReplica = async (replica: Replica, primaryAt: bigint) => {
    const position = await replayed(replica);
    if (typeof position === 'string') return setState(replica, 'down', null, position);
    const lagMs = history.lagMs(position, Date.now());
    // Back into rotation only when caught up, so it holds every write answered meanwhile.
    const fit = replica.state === 'ok' ? lagMs <= maxLagMs : position >= primaryAt;
    setState(replica, fit ? 'ok' : lagMs > maxLagMs ? 'lagging' : replica.state, lagMs);
  };

  let probing: Promise<void> | undefined;
  let primaryFailing = false;
  const probe = () =>
    (probing ??= (async () => {
      try {
        const primaryAt = await primaryPosition();
        primaryFailing = false;
        history.record(primaryAt, Date.now());
        await Promise.all(replicas.map((replica) => probeReplica(replica, primaryAt)));
      } catch (error) {
        // Once per outage, not four times a second.
        if (!primaryFailing) log?.warn({ err: error }, 'could not read the primary WAL position; replica states kept');
        primaryFailing = true;
      } finally {
        probing = undefined;
      }
    })());

  const waitFor = async (replica: Replica, target: bigint, started: number) => {
    for (;;) {
      const position = await replayed(replica);
      if (typeof position === 'string') return setState(replica, 'down', null, position);
      if (position >= target) return;
      if (Date.now() - started >= maxLagMs) return setState(replica, 'lagging', Date.now() - started);
      await new Promise((resolve) => setTimeout(resolve, REPLAY_POLL_MS));
    }
  };

  await probe();
  const timer = setInterval(() => void probe(), options.probeIntervalMs ?? PROBE_INTERVAL_MS);
  timer.unref();
  let next = 0;
  return {
    prisma,
    primary,
    reader: () => (inRotation.length > 0 ? inRotation[next++ % inRotation.length]!.sql : primarySql),
    replicas: () => replicas.map(({ url, state, lagMs }) => ({ url, state, lagMs })),
    async awaitReplay() {
      const waiting = inRotation;
      if (waiting.length === 0) return;
      const started = Date.now();
      try {
        const target = await primaryPosition();
        await Promise.all(waiting.map((replica) => waitFor(replica, target, started)));
      } catch (error) {
        log?.warn({ err: error }, 'could not read the primary WAL position after a write');
      }
    },
    async close() {
      clearInterval(timer);
      await probing;
      await Promise.all(replicas.map((replica) => closeClient(replica.client)));
    },
  };
}

/** host:port/database of a Postgres URL: what logs and /readyz may show. */
export function displayUrl(url: string): string {
  const parsed = new URL(url);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}
