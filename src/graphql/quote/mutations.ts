import { z } from 'zod';
import { correctedText, sourceDescription } from '../common/extractInput.ts';
import { definedFields, deleteMutation, mutation, referenceArgs, respan } from '../common/mutation.ts';
import type { Resolvers } from '../generated/resolvers.ts';

const updateInput = z.object({
  text: correctedText,
  partial: z.boolean().optional(),
  speakerId: z.string().nullish(),
  speakerOrganisationId: z.string().nullish(),
  speakerDescription: sourceDescription,
});

export const quoteMutations: Resolvers = {
  Mutation: {
    updateQuote: mutation(
      { role: 'EDITOR', ids: { id: 'Quote' }, input: { arg: 'input', schema: updateInput }, refused: { quote: null } },
      async ({ ids, data: input, context }) => {
        const speakers = await referenceArgs(context, input, { speakerId: 'Person', speakerOrganisationId: 'Organisation' });
        const corrected = await respan(context, 'quote', ids.id, input.text, 'The quoted words must appear in the article.');
        const data = definedFields({ partial: input.partial, speakerDescription: input.speakerDescription, ...speakers, ...corrected });
        return { quote: await context.prisma.quote.update({ where: { id: ids.id }, data }) };
      },
    ),
    deleteQuote: deleteMutation('Quote', (context, id) => context.prisma.quote.delete({ where: { id } })),
  },
};
