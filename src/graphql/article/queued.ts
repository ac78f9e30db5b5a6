/**
 * Ingestion through the queue (async: true): the answer is the job, at once; a worker
 * (`npm run worker`, or the one `npm start` runs) fetches, extracts and stores.
 */
import { enqueueIngest, type IngestRequest } from '../../db/ingestJobs.ts';
import type { GraphQLContext } from '../context.ts';

export async function queued(context: GraphQLContext, request: IngestRequest) {
  const { job } = await enqueueIngest(context.prisma, request, { maxAttempts: context.ingestMaxAttempts });
  // The same URL or content stored before: its article, as a synchronous ingestion would answer.
  const article = job.articleId ? await context.prisma.article.findUnique({ where: { id: job.articleId } }) : null;
  return { article, created: false, job };
}
