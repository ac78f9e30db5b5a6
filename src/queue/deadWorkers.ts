/**
 * Finding jobs whose worker died. graphile-worker frees a job locked by a crashed process only
 * after 4 hours; we want it retried within seconds, without heartbeats that a slow job could
 * miss. Postgres already knows which processes are alive: each worker process holds, on a
 * connection of its own, a session advisory lock per graphile-worker id it runs jobs under.
 * `kill -9`, a crash or a lost host closes that connection and Postgres drops the locks. A job
 * whose worker's lock can be taken belongs to nobody: its worker is unlocked
 * (`force_unlock_workers`) and the job runs again.
 */
import pg from 'pg';
import { INGEST_TASK } from '../db/ingestJobs.ts';
import { QUEUE_SCHEMA } from '../db/queueSchema.ts';

/** Advisory-lock namespace (the two-key form), so the keys cannot meet Prisma's or ours. */
const LIVENESS_NAMESPACE = 1_769_104_937;

/** The liveness connection's application_name: which process's worker ids it holds (pg_stat_activity). */
export const livenessName = (pid: number): string => `ingest-worker-liveness:${pid}`;

/**
 * The jobs the worker process `pid` is running: those locked by a worker id whose liveness lock
 * that process holds. For operators (which jobs die with this process?) and the scale benchmark.
 */
export const RUNNING_IN_PROCESS_SQL = `
  SELECT j.id, j.key, j.locked_by FROM ${QUEUE_SCHEMA}.jobs j
    JOIN pg_locks l ON l.locktype = 'advisory' AND l.classid = ${LIVENESS_NAMESPACE} AND l.objid = hashtext(j.locked_by)::oid
    JOIN pg_stat_activity a ON a.pid = l.pid
   WHERE j.locked_at IS NOT NULL AND a.application_name = $1`;

/**
 * A job locked more recently than this is left alone: its worker takes its lock when the task
 * starts, a few milliseconds after graphile-worker locks the job.
 */
const GRACE_SECONDS = 10;

export class WorkerLiveness {
  private readonly claimed = new Set<string>();
  private claiming = Promise.resolve();

  private constructor(private readonly client: pg.Client) {}

  static async connect(databaseUrl: string): Promise<WorkerLiveness> {
    const client = new pg.Client({ connectionString: databaseUrl, application_name: livenessName(process.pid) });
    await client.connect();
    return new WorkerLiveness(client);
  }

  /** Marks a graphile-worker id as alive for as long as this process lives (once per id). */
  claim(workerId: string): Promise<void> {
    if (this.claimed.has(workerId)) return this.claiming;
    this.claimed.add(workerId);
    // One statement at a time on the one connection.
    this.claiming = this.claiming.then(() => this.lock(workerId, 'pg_advisory_lock').then(() => undefined));
    return this.claiming;
  }

  /**
   * Unlocks the jobs of workers that no live process claims; returns their worker ids. Jobs
   * that were on their last attempt cannot run again: their ingest_job rows are marked FAILED.
   */
  async reap(): Promise<string[]> {
    await this.claiming;
    const { rows } = await this.client.query<{ locked_by: string }>(
      `SELECT DISTINCT locked_by FROM ${QUEUE_SCHEMA}.jobs
        WHERE locked_by IS NOT NULL AND locked_at < now() - make_interval(secs => $1)`,
      [GRACE_SECONDS],
    );
    const dead: string[] = [];
    for (const { locked_by: workerId } of rows) {
      if (this.claimed.has(workerId) || !(await this.lock(workerId, 'pg_try_advisory_lock'))) continue;
      await this.lock(workerId, 'pg_advisory_unlock');
      dead.push(workerId);
    }
    if (dead.length === 0) return dead;
    await this.client.query(`SELECT ${QUEUE_SCHEMA}.force_unlock_workers($1::text[])`, [dead]);
    await this.client.query(
      `UPDATE ingest_job SET status = 'FAILED', finished_at = now(), updated_at = now(),
              last_error = 'The worker running its last attempt stopped before it finished.'
        WHERE status = 'RUNNING' AND key IN (
          SELECT key FROM ${QUEUE_SCHEMA}.jobs
           WHERE task_identifier = $1 AND locked_by IS NULL AND attempts >= max_attempts)`,
      [INGEST_TASK],
    );
    return dead;
  }

  async close(): Promise<void> {
    await this.claiming.catch(() => undefined);
    await this.client.end();
  }

  private async lock(workerId: string, fn: 'pg_advisory_lock' | 'pg_try_advisory_lock' | 'pg_advisory_unlock'): Promise<boolean> {
    // pg_advisory_lock returns void (as text ''): only the try and unlock forms can say false.
    const { rows } = await this.client.query<{ ok: string }>(`SELECT ${fn}($1, hashtext($2))::text AS ok`, [LIVENESS_NAMESPACE, workerId]);
    return rows[0]?.ok !== 'false';
  }
}
