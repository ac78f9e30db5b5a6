/**
 * `npm run ingest -- --queue …`: each input becomes a queued ingestion (keyed by its URL or its
 * content's hash) instead of being ingested here; `npm run worker` processes run them.
 */
import type { PrismaClient } from '../db/client.ts';
import { enqueueIngest, type IngestRequest } from '../db/ingestJobs.ts';
import { readArticleFile, readPageFile, sourceLabel, type Source } from './articleFiles.ts';

export interface QueueSummary {
  queued: number;
  /** Already queued, running or done: nothing new was queued. */
  known: number;
}

async function requestOf(source: Source, timeZone: string): Promise<IngestRequest> {
  if (source.kind === 'url') return { kind: 'URL', url: source.url, timeZone };
  if (source.kind === 'text') return { kind: 'TEXT', content: await readArticleFile(source.file), timeZone };
  return { kind: 'HTML', content: await readPageFile(source.file), timeZone };
}

/** Queues every source; a file that cannot be read throws its ArticleFileError (the caller reports it). */
export async function queueSource(
  prisma: PrismaClient,
  source: Source,
  options: { timeZone: string; maxAttempts: number },
  summary: QueueSummary,
): Promise<void> {
  const { job, queued } = await enqueueIngest(prisma, await requestOf(source, options.timeZone), { maxAttempts: options.maxAttempts });
  summary[queued ? 'queued' : 'known']++;
  console.log(`${queued ? 'queued' : `already ${job.status.toLowerCase()}`}: ${sourceLabel(source)} (job ${job.id})`);
}
