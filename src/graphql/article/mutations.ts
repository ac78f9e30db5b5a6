import { z } from 'zod';
import { ingestText } from '../../db/ingestText.ts';
import { IngestInputError } from '../../ingest/index.ts';
import { requireRole } from '../auth/authenticate.ts';
import { deleteById, userError, validate } from '../common/mutation.ts';
import type { Resolvers } from '../generated/resolvers.ts';

const MAX_BYTES = 1_048_576;

const validZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-GB', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const ingestInput = z.object({
  text: z
    .string()
    .refine((text) => text.trim().length > 0, 'The article text is empty.')
    .refine((text) => Buffer.byteLength(text) <= MAX_BYTES, 'The article text is over the 1 MB limit.'),
  sourceUrl: z.string().url('Must be a URL.').nullish(),
  publishedAt: z.date().nullish(),
  timeZone: z.string().refine(validZone, 'Must be an IANA time zone such as Europe/London.').nullish(),
});

export const articleMutations: Resolvers = {
  Mutation: {
    ingestArticle: async (_parent, { input }, context) => {
      requireRole(context, 'EDITOR');
      const valid = validate(ingestInput, input, ['input']);
      if (!valid.ok) return { article: null, created: false, userErrors: valid.userErrors };
      const { text, sourceUrl, publishedAt, timeZone } = valid.data;
      try {
        const saved = await ingestText(context.prisma, text, {
          ...(sourceUrl ? { sourceUrl } : {}),
          ...(publishedAt ? { publishedAt } : {}),
          ...(timeZone ? { defaultTimeZone: timeZone } : {}),
        });
        const article = await context.prisma.article.findUnique({ where: { id: saved.articleId } });
        return { article, created: saved.created, userErrors: [] };
      } catch (error) {
        if (error instanceof IngestInputError) return { article: null, created: false, userErrors: [userError(['input', 'text'], error.message)] };
        throw error;
      }
    },
    deleteArticle: (_parent, { id }, context) => deleteById(context, 'Article', id, (dbId) => context.prisma.article.delete({ where: { id: dbId } })),
  },
};
