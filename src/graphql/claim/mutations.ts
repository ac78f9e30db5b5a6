import { z } from 'zod';
import { recordClaimReview } from '../../db/claimReviews.ts';
import { CLAIM_KINDS } from '../../ingest/types.ts';
import { notFound } from '../common/errors.ts';
import { selectFor } from '../common/lookahead.ts';
import { correctedText, sourceDescription } from '../common/extractInput.ts';
import { definedFields, deleteMutation, mutation, referenceArgs, respan } from '../common/mutation.ts';
import type { Resolvers } from '../generated/resolvers.ts';

const note = z.string().trim().max(5_000, 'A note is at most 5,000 characters.').nullish();

const updateInput = z.object({
  text: z.string().trim().pipe(correctedText.unwrap()).optional(),
  kind: z.enum(CLAIM_KINDS).optional(),
  claimantId: z.string().nullish(),
  claimantOrganisationId: z.string().nullish(),
  claimantDescription: sourceDescription,
});

export const claimMutations: Resolvers = {
  Mutation: {
    reviewClaim: mutation(
      { role: 'EDITOR', ids: { id: 'Claim' }, input: { arg: 'note', schema: note }, refused: { claim: null } },
      async ({ args, ids, data, context, info }) => {
        const change = { claimId: ids.id, status: args.status, note: data ?? null, apiKeyId: context.caller?.keyId ?? null };
        const claim = await recordClaimReview(context.prisma, change, selectFor(info, ['claim']));
        if (!claim) throw notFound('No Claim with that id.');
        return { claim };
      },
    ),
    updateClaim: mutation(
      { role: 'EDITOR', ids: { id: 'Claim' }, input: { arg: 'input', schema: updateInput }, refused: { claim: null } },
      async ({ ids, data: input, context }) => {
        const claimants = await referenceArgs(context, input, { claimantId: 'Person', claimantOrganisationId: 'Organisation' });
        const corrected = await respan(context, 'claim', ids.id, input.text, 'The text must appear in the article.');
        const data = definedFields({ kind: input.kind, claimantDescription: input.claimantDescription, ...claimants, ...corrected });
        return { claim: await context.prisma.claim.update({ where: { id: ids.id }, data }) };
      },
    ),
    deleteClaim: deleteMutation('Claim', (context, id) => context.prisma.claim.delete({ where: { id } })),
  },
};
