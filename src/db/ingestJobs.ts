/**
 * The ingest queue's bookkeeping: one `ingest_job` row per submitted URL or content, which
 * callers follow (status, attempts, the last error, the article). graphile-worker holds the
 * runnable job; the row and the job are written by one statement, so neither exists alone.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_INGEST_MAX_ATTEMPTS } from '../config.ts';
import { Prisma, type IngestJob, type PrismaClient } from './client.ts';
import { QUEUE_SCHEMA } from './queueSchema.ts';

/** graphile-worker's name for the task that runs an ingestion. */
export const INGEST_TASK = 'ingest';

export type IngestRequest =
  { kind: 'URL'; url: string; timeZone?: string } | { kind: 'TEXT' | 'HTML'; content: string; url?: string; timeZone?: string };

export interface Enqueued {
  job: IngestJob;
  /** False when the same URL or content was already queued, running or stored: nothing new was queued. */
  queued: boolean;
}

/**
 * What makes two submissions the same: the URL (without its fragment, host case and default
 * port normalised), or the content's sha256.
 */
export function jobKey(request: IngestRequest): string {
  if (request.kind !== 'URL') return `sha256:${createHash('sha256').update(request.content).digest('hex')}`;
  const url = new URL(request.url);
  url.hash = '';
  return `url:${url.href}`;
}

/**
 * Queues an ingestion unless the same one is queued, running or done. A FAILED job, or a done
 * one whose article has since been deleted, is queued again from its first attempt. One
 * statement writes the row and graphile-worker's job (atomic without a transaction's round trips).
 */
export async function enqueueIngest(
  prisma: PrismaClient,
  request: IngestRequest,
  { maxAttempts = DEFAULT_INGEST_MAX_ATTEMPTS }: { maxAttempts?: number } = {},
): Promise<Enqueued> {
  const key = jobKey(request);
  const content = request.kind === 'URL' ? null : request.content;
  const [fresh] = await prisma.$queryRaw<{ id: string }[]>`
    WITH fresh AS (
      INSERT INTO ingest_job (key, kind, url, content, time_zone, max_attempts, updated_at)
      VALUES (${key}, ${request.kind}::"IngestJobKind", ${request.url ?? null}, ${content}, ${request.timeZone ?? null}, ${maxAttempts}, now())
      ON CONFLICT (key) DO UPDATE SET
        status = 'QUEUED', attempts = 0, last_error = NULL, article_id = NULL, created = NULL, started_at = NULL,
        finished_at = NULL, content = EXCLUDED.content, time_zone = EXCLUDED.time_zone, max_attempts = EXCLUDED.max_attempts,
        updated_at = now()
      WHERE ingest_job.status = 'FAILED' OR (ingest_job.status = 'SUCCEEDED' AND ingest_job.article_id IS NULL)
      RETURNING id),
    added AS (
      SELECT ${Prisma.raw(QUEUE_SCHEMA)}.add_job(${INGEST_TASK}, json_build_object('id', id::text), max_attempts := ${maxAttempts}, job_key := ${key})
        FROM fresh)
    SELECT fresh.id FROM fresh, (SELECT count(*) FROM added) AS queued`;
  // Already there (possibly committed by a concurrent call after this statement's snapshot): read it afresh.
  const job = await prisma.ingestJob.findUniqueOrThrow({ where: fresh ? { id: fresh.id } : { key } });
  return { job, queued: Boolean(fresh) };
}

/**
 * Marks a run as started and counts it; undefined when the row is gone or already done (a
 * job handed out again after its worker died, once another run had finished it).
 */
export async function startIngestJob(prisma: PrismaClient, id: string): Promise<IngestJob | undefined> {
  const { count } = await prisma.ingestJob.updateMany({
    where: { id, status: { in: ['QUEUED', 'RUNNING'] } },
    data: { status: 'RUNNING', attempts: { increment: 1 }, startedAt: new Date() },
  });
  return count === 0 ? undefined : prisma.ingestJob.findUniqueOrThrow({ where: { id } });
}

export function finishIngestJob(prisma: PrismaClient, id: string, saved: { articleId: string; created: boolean }): Promise<IngestJob> {
  return prisma.ingestJob.update({
    where: { id },
    data: {
      status: 'SUCCEEDED',
      articleId: saved.articleId,
      created: saved.created,
      content: null,
      lastError: null,
      finishedAt: new Date(),
    },
  });
}

/** Records why a run failed: given up (FAILED), or QUEUED again for graphile-worker's next try. */
export function failIngestJob(prisma: PrismaClient, id: string, reason: string, retry: boolean): Promise<IngestJob> {
  return prisma.ingestJob.update({
    where: { id },
    data: { status: retry ? 'QUEUED' : 'FAILED', lastError: reason, ...(retry ? {} : { finishedAt: new Date() }) },
  });
}

/** The backlog: jobs QUEUED (waiting, or waiting to retry) and RUNNING, each counted (an index serves both). */
export async function openJobCounts(prisma: PrismaClient): Promise<Record<'QUEUED' | 'RUNNING', number>> {
  const rows = await prisma.$queryRaw<{ status: 'QUEUED' | 'RUNNING'; n: number }[]>`
    SELECT status, count(*)::int AS n FROM ingest_job WHERE status IN ('QUEUED', 'RUNNING') GROUP BY status`;
  const counts = { QUEUED: 0, RUNNING: 0 };
  for (const row of rows) counts[row.status] = row.n;
  return counts;
}

export type { IngestJob };
