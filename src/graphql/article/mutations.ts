import { z } from 'zod';
import type { IngestResult } from '../../db/ingestText.ts';
import { FetchError, fetchPage } from '../../fetch/index.ts';
import { formatBytes, IngestInputError, MAX_ARTICLE_BYTES, MAX_PAGE_BYTES } from '../../ingest/limits.ts';
import { requireRole } from '../auth/authenticate.ts';
import type { GraphQLContext, IngestOutcome } from '../context.ts';
import { deleteById, userError, validate } from '../common/mutation.ts';
import type { Resolvers } from '../generated/resolvers.ts';
import type { IngestArticlePayloadModel } from '../models.ts';

const validZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const timeZone = z.string().refine(validZone, 'Must be an IANA time zone such as Europe/London.').nullish();
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
  })
  .refine((input) => (input.text == null) !== (input.html == null), { message: 'Give either text or html, not both.', path: ['text'] });

const urlInput = z.object({ url: webUrl, timeZone });

/** The pipeline and its extractors load on the first ingestion, not at start-up (about 0.6 s). */
const pipeline = () => import('../../db/ingestText.ts');

const refused = (field: string[], message: string): IngestArticlePayloadModel => ({
  article: null,
  created: false,
  userErrors: [userError(field, message)],
});

/** The saved article as the payload returns it; input the pipeline refuses becomes a user error. */
async function answer(context: GraphQLContext, field: string[], ingest: () => Promise<IngestResult>): Promise<IngestArticlePayloadModel> {
  const started = performance.now();
  const observe = (outcome: IngestOutcome) => context.observeIngest(outcome, (performance.now() - started) / 1000);
  try {
    const saved = await ingest();
    observe(saved.created ? 'new' : 'duplicate');
    const article = await context.prisma.article.findUnique({ where: { id: saved.articleId } });
    return { article, created: saved.created, userErrors: [] };
  } catch (error) {
    observe('failed');
    if (error instanceof IngestInputError || error instanceof FetchError) return refused(field, error.message);
    throw error;
  }
}

export const articleMutations: Resolvers = {
  Mutation: {
    ingestArticle: async (_parent, { input }, context) => {
      requireRole(context, 'EDITOR');
      const valid = validate(ingestInput, input, ['input']);
      if (!valid.ok) return { article: null, created: false, userErrors: valid.userErrors };
      const { text, html, sourceUrl, publishedAt, timeZone } = valid.data;
      const options = {
        ...(sourceUrl ? { sourceUrl } : {}),
        ...(publishedAt ? { publishedAt } : {}),
        ...(timeZone ? { defaultTimeZone: timeZone } : {}),
      };
      const { ingestHtml, ingestText } = await pipeline();
      if (html != null)
        return answer(context, ['input', 'html'], () =>
          ingestHtml(context.prisma, html, { ...options, ...(sourceUrl ? { url: sourceUrl } : {}) }),
        );
      return answer(context, ['input', 'text'], () => ingestText(context.prisma, text ?? '', options));
    },
    ingestUrl: async (_parent, { input }, context) => {
      requireRole(context, 'EDITOR');
      const valid = validate(urlInput, input, ['input']);
      if (!valid.ok) return { article: null, created: false, userErrors: valid.userErrors };
      const { url, timeZone } = valid.data;
      return answer(context, ['input', 'url'], async () => {
        const [page, { ingestHtml }] = await Promise.all([fetchPage(url, context.fetchPolicy), pipeline()]);
        return ingestHtml(context.prisma, page.text, { url: page.url, ...(timeZone ? { defaultTimeZone: timeZone } : {}) });
      });
    },
    deleteArticle: (_parent, { id }, context) =>
      deleteById(context, 'Article', id, (dbId) => context.prisma.article.delete({ where: { id: dbId } })),
  },
};
