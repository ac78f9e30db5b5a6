import { z } from 'zod';
import type { Prisma } from '../../db/client.ts';
import { requireRole } from '../auth/authenticate.ts';
import {
  argId,
  deleteById,
  MAX_SOURCE_DESCRIPTION_LENGTH,
  MAX_SPAN_TEXT_LENGTH,
  onExisting,
  organisationArg,
  personArg,
  respan,
  validate,
} from '../common/mutation.ts';
import type { Resolvers } from '../generated/resolvers.ts';

const updateInput = z.object({
  text: z.string().min(1, 'Must not be empty.').max(MAX_SPAN_TEXT_LENGTH).optional(),
  partial: z.boolean().optional(),
  speakerId: z.string().nullish(),
  speakerOrganisationId: z.string().nullish(),
  speakerDescription: z.string().trim().max(MAX_SOURCE_DESCRIPTION_LENGTH).nullish(),
});

export const quoteMutations: Resolvers = {
  Mutation: {
    updateQuote: async (_parent, args, context) => {
      requireRole(context, 'EDITOR');
      const target = argId('Quote', args.id, ['id']);
      if ('userError' in target) return { quote: null, userErrors: [target.userError] };
      const valid = validate(updateInput, args.input, ['input']);
      if (!valid.ok) return { quote: null, userErrors: valid.userErrors };
      const input = valid.data;
      const data: Prisma.QuoteUncheckedUpdateInput = {};
      if (input.partial !== undefined) data.partial = input.partial;
      if (input.speakerDescription !== undefined) data.speakerDescription = input.speakerDescription;
      if (input.speakerId !== undefined) {
        if (input.speakerId === null) data.speakerId = null;
        else {
          const person = await personArg(context, input.speakerId, ['input', 'speakerId']);
          if ('userError' in person) return { quote: null, userErrors: [person.userError] };
          data.speakerId = person.id;
        }
      }
      if (input.speakerOrganisationId !== undefined) {
        if (input.speakerOrganisationId === null) data.speakerOrganisationId = null;
        else {
          const organisation = await organisationArg(context, input.speakerOrganisationId, ['input', 'speakerOrganisationId']);
          if ('userError' in organisation) return { quote: null, userErrors: [organisation.userError] };
          data.speakerOrganisationId = organisation.id;
        }
      }
      if (input.text !== undefined) {
        const corrected = await respan(
          'Quote',
          () => context.prisma.quote.findUniqueOrThrow({ where: { id: target.id }, include: { article: { select: { text: true } } } }),
          input.text,
          'The quoted words must appear in the article.',
        );
        if ('userError' in corrected) return { quote: null, userErrors: [corrected.userError] };
        Object.assign(data, corrected);
      }
      const quote = await onExisting('Quote', () => context.prisma.quote.update({ where: { id: target.id }, data }));
      return { quote, userErrors: [] };
    },
    deleteQuote: (_parent, { id }, context) =>
      deleteById(context, 'Quote', id, (dbId) => context.prisma.quote.delete({ where: { id: dbId } })),
  },
};
