import { z } from 'zod';
import type { IngestResult } from '../../db/ingestText.ts';
import { FetchError, fetchPage } from '../../fetch/index.ts';
import { formatBytes, IngestInputError, MAX_ARTICLE_BYTES, MAX_PAGE_BYTES } from '../../ingest/limits.ts';
import { isTimeZone } from '../../ingest/zones.ts';
import type { GraphQLContext, IngestOutcome } from '../context.ts';
import { deleteMutation, mutation, refuse } from '../common/mutation.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import { queued } from './queued.ts';

const timeZone = z.string().refine(isTimeZone, 'Must be an IANA time zone such as Europe/London.').nullish();
const webUrl = z
  .string()
  .url('Must be a URL.')
  .refine((url) => /^https?:\/\//i.test(url), 'Must be an http:// or https:// URL.');

const ingestInput = z
  .object({
    text: z
      .string()
      .refine((text) => text.trim().length > 0, 'The article text is empty.')
      .refine(
        (text) => Buffer.byteLength(text) <= MAX_ARTICLE_BYTES,
        `The article text is over the ${formatBytes(MAX_ARTICLE_BYTES)} limit.`,
      )
      .nullish(),
    html: z
      .string()
      .refine((html) => html.trim().length > 0, 'The page is empty.')
      .refine((html) => Buffer.byteLength(html) <= MAX_PAGE_BYTES, `The page is over the ${formatBytes(MAX_PAGE_BYTES)} limit.`)
      .nullish(),
    sourceUrl: webUrl.nullish(),
    publishedAt: z.date().nullish(),
    timeZone,
    async: z.boolean().nullish(),
  })
  .refine((input) => (input.text == null) !== (input.html == null), { message: 'Give either text or html, not both.', path: ['text'] })
  .refine((input) => !(input.async && input.publishedAt), {
    message: 'A queued ingestion reads the date from the article: leave out publishedAt, or async.',
    path: ['publishedAt'],
  });

const urlInput = z.object({ url: webUrl, timeZone, async: z.boolean().nullish() });

/** The pipeline and its extractors load on the first ingestion, not at start-up (about 0.6 s). */
const pipeline = () => import('../../db/ingestText.ts');

/** What an ingestion answers when refused. */
const notIngested = { article: null, created: false };

/** The saved article as the payload returns it; input the pipeline refuses is refused at `field`. */
async function answer(context: GraphQLContext, field: string[], ingest: () => Promise<IngestResult>) {
  const started = performance.now();
  const observe = (outcome: IngestOutcome) => context.observeIngest(outcome, (performance.now() - started) / 1000);
  try {
    const saved = await ingest();
    observe(saved.created ? 'new' : 'duplicate');
    const article = await context.prisma.article.findUnique({ where: { id: saved.articleId } });
    return { article, created: saved.created };
  } catch (error) {
    observe('failed');
    if (error instanceof IngestInputError || error instanceof FetchError) throw refuse(field, error.message);
    throw error;
  }
}

export const articleMutations: Resolvers = {
  Mutation: {
    ingestArticle: mutation(
      { role: 'EDITOR', input: { arg: 'input', schema: ingestInput }, refused: notIngested },
      async ({ data: { text, html, sourceUrl, publishedAt, timeZone, async }, context }) => {
        if (async) {
          const content = html != null ? { kind: 'HTML' as const, content: html } : { kind: 'TEXT' as const, content: text ?? '' };
          return queued(context, { ...content, ...(sourceUrl ? { url: sourceUrl } : {}), ...(timeZone ? { timeZone } : {}) });
        }
        const options = {
          ...(sourceUrl ? { sourceUrl } : {}),
          ...(publishedAt ? { publishedAt } : {}),
          defaultTimeZone: timeZone ?? context.defaultTimeZone,
        };
        const { ingestHtml, ingestText } = await pipeline();
        if (html != null)
          return answer(context, ['input', 'html'], () =>
            ingestHtml(context.prisma, html, { ...options, ...(sourceUrl ? { url: sourceUrl } : {}) }),
          );
        return answer(context, ['input', 'text'], () => ingestText(context.prisma, text ?? '', options));
      },
    ),
    ingestUrl: mutation(
      { role: 'EDITOR', input: { arg: 'input', schema: urlInput }, refused: notIngested },
      async ({ data: { url, timeZone, async }, context }) =>
        async
          ? queued(context, { kind: 'URL', url, ...(timeZone ? { timeZone } : {}) })
          : answer(context, ['input', 'url'], async () => {
              const [page, { ingestHtml }] = await Promise.all([fetchPage(url, context.fetchPolicy), pipeline()]);
              return ingestHtml(context.prisma, page.text, { url: page.url, defaultTimeZone: timeZone ?? context.defaultTimeZone });
            }),
    ),
    deleteArticle: deleteMutation('Article', (context, id) => context.prisma.article.delete({ where: { id } })),
  },
};
