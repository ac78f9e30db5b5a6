import { z } from 'zod';
import type { Prisma } from '../../db/client.ts';
import { recordClaimReview } from '../../db/claimReviews.ts';
import { CLAIM_KINDS } from '../../ingest/types.ts';
import { requireRole } from '../auth/authenticate.ts';
import { notFound } from '../common/errors.ts';
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

const note = z.string().trim().max(5_000, 'A note is at most 5,000 characters.').nullish();

const updateInput = z.object({
  text: z.string().trim().min(1, 'Must not be empty.').max(MAX_SPAN_TEXT_LENGTH).optional(),
  kind: z.enum(CLAIM_KINDS).optional(),
  claimantId: z.string().nullish(),
  claimantOrganisationId: z.string().nullish(),
  claimantDescription: z.string().trim().max(MAX_SOURCE_DESCRIPTION_LENGTH).nullish(),
});

export const claimMutations: Resolvers = {
  Mutation: {
    reviewClaim: async (_parent, args, context) => {
      requireRole(context, 'EDITOR');
      const target = argId('Claim', args.id, ['id']);
      if ('userError' in target) return { claim: null, userErrors: [target.userError] };
      const valid = validate(note, args.note, ['note']);
      if (!valid.ok) return { claim: null, userErrors: valid.userErrors };
      const change = { claimId: target.id, status: args.status, note: valid.data ?? null, apiKeyId: context.caller?.keyId ?? null };
      const claim = await recordClaimReview(context.prisma, change);
      if (!claim) throw notFound('No Claim with that id.');
      return { claim, userErrors: [] };
    },
    updateClaim: async (_parent, args, context) => {
      requireRole(context, 'EDITOR');
      const target = argId('Claim', args.id, ['id']);
      if ('userError' in target) return { claim: null, userErrors: [target.userError] };
      const valid = validate(updateInput, args.input, ['input']);
      if (!valid.ok) return { claim: null, userErrors: valid.userErrors };
      const input = valid.data;
      const data: Prisma.ClaimUncheckedUpdateInput = {};
      if (input.kind) data.kind = input.kind;
      if (input.claimantDescription !== undefined) data.claimantDescription = input.claimantDescription;
      if (input.claimantId !== undefined) {
        if (input.claimantId === null) data.claimantId = null;
        else {
          const person = await personArg(context, input.claimantId, ['input', 'claimantId']);
          if ('userError' in person) return { claim: null, userErrors: [person.userError] };
          data.claimantId = person.id;
        }
      }
      if (input.claimantOrganisationId !== undefined) {
        if (input.claimantOrganisationId === null) data.claimantOrganisationId = null;
        else {
          const organisation = await organisationArg(context, input.claimantOrganisationId, ['input', 'claimantOrganisationId']);
          if ('userError' in organisation) return { claim: null, userErrors: [organisation.userError] };
          data.claimantOrganisationId = organisation.id;
        }
      }
      if (input.text !== undefined) {
        const corrected = await respan(
          'Claim',
          () => context.prisma.claim.findUniqueOrThrow({ where: { id: target.id }, include: { article: { select: { text: true } } } }),
          input.text,
          'The text must appear in the article.',
        );
        if ('userError' in corrected) return { claim: null, userErrors: [corrected.userError] };
        Object.assign(data, corrected);
      }
      const claim = await onExisting('Claim', () => context.prisma.claim.update({ where: { id: target.id }, data }));
      return { claim, userErrors: [] };
    },
    deleteClaim: (_parent, { id }, context) =>
      deleteById(context, 'Claim', id, (dbId) => context.prisma.claim.delete({ where: { id: dbId } })),
  },
};
