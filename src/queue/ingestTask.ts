/**
 * The `ingest` task: reads what an ingest_job row asks for (fetches the page, or takes the
 * inline text or HTML), extracts and stores it, and records the outcome on the row.
 *
 * A run can end three ways: stored (SUCCEEDED, with the article); refused for good (FAILED,
 * with the reason: not an article, a 404, an address we may not fetch), and then the task
 * returns normally so graphile-worker drops its job; or failed in a way that may pass (the
 * network, a 503, the database away): the row goes back to QUEUED with the error, and the
 * task throws so graphile-worker retries with its exponential backoff, until the last
 * attempt, which is recorded as FAILED. Storing is idempotent (content hash, canonical URL),
 * so a run repeated after its worker died stores nothing twice.
 */
import type { Task } from 'graphile-worker';
import { z } from 'zod';
import type { PrismaClient } from '../db/client.ts';
import { databaseFailure } from '../db/errors.ts';
import { failIngestJob, finishIngestJob, startIngestJob, type IngestJob } from '../db/ingestJobs.ts';
import { ingestHtml, ingestText, type IngestResult } from '../db/ingestText.ts';
import { FetchError, fetchPage, isTransientFetchFailure, type FetchPolicy } from '../fetch/index.ts';
import { IngestInputError } from '../ingest/limits.ts';

export interface IngestTaskOptions {
  prisma: PrismaClient;
  fetchPolicy: FetchPolicy;
  /** IANA zone for datelines that name none, unless the job gives one. */
  defaultTimeZone: string;
  /** Told of every run's end, for logs and metrics. */
  onOutcome?: (job: IngestJob, outcome: 'stored' | 'retry' | 'failed', error?: unknown) => void;
}

const payloadSchema = z.object({ id: z.string().uuid() });

export function ingestTask(options: IngestTaskOptions): Task {
  return async (payload) => {
    const { id } = payloadSchema.parse(payload);
    const job = await startIngestJob(options.prisma, id);
    if (!job) return;
    try {
      const saved = await runIngestion(job, options);
      options.onOutcome?.(await finishIngestJob(options.prisma, id, saved), 'stored');
    } catch (error) {
      const retry = isTransient(error) && job.attempts < job.maxAttempts;
      options.onOutcome?.(await failIngestJob(options.prisma, id, reasonOf(error), retry), retry ? 'retry' : 'failed', error);
      if (retry) throw error;
    }
  };
}

function runIngestion(job: IngestJob, { prisma, fetchPolicy, defaultTimeZone }: IngestTaskOptions): Promise<IngestResult> {
  const zone = job.timeZone ?? defaultTimeZone;
  switch (job.kind) {
    case 'URL':
      return fetchPage(required(job.url, job), fetchPolicy).then((page) =>
        ingestHtml(prisma, page.text, { url: page.url, defaultTimeZone: zone }),
      );
    case 'HTML':
      return ingestHtml(prisma, required(job.content, job), { ...(job.url ? { url: job.url } : {}), defaultTimeZone: zone });
    case 'TEXT':
      return ingestText(prisma, required(job.content, job), { ...(job.url ? { sourceUrl: job.url } : {}), defaultTimeZone: zone });
  }
}

function required(value: string | null, job: IngestJob): string {
  if (value === null) throw new IngestInputError(`The ${job.kind} job has nothing to read.`);
  return value;
}

/** Worth another try: the network or a busy server, or the database away; not bad input. */
function isTransient(error: unknown): boolean {
  if (error instanceof IngestInputError) return false;
  if (error instanceof FetchError) return isTransientFetchFailure(error);
  const failure = databaseFailure(error);
  return failure === undefined || failure === 'unavailable' || failure === 'timeout';
}

/** A reason a caller can read: our errors' own messages; anything else without its internals. */
function reasonOf(error: unknown): string {
  if (error instanceof IngestInputError || error instanceof FetchError) return error.message;
  const failure = databaseFailure(error);
  return failure ? `database ${failure}` : 'internal error (see the worker log)';
}
