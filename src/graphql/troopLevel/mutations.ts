import { z } from 'zod';
import { DATE_PRECISIONS, QUALIFIERS, TROOP_LEVEL_KINDS } from '../../ingest/types.ts';
import { deleteMutation, mutation, referenceArgs, definedFields, refuse } from '../common/mutation.ts';
import type { Resolvers } from '../generated/resolvers.ts';

/** More troops than any army has: a figure above it is a typo. */
const MAX_TROOP_COUNT = 10_000_000;
const troopCount = z
  .number()
  .int()
  .min(0, 'Must not be negative.')
  .max(MAX_TROOP_COUNT, `Must be at most ${MAX_TROOP_COUNT.toLocaleString('en-US')}.`);

const updateInput = z
  .object({
    count: troopCount.optional(),
    countMax: troopCount.nullish(),
    qualifier: z.enum(QUALIFIERS).optional(),
    kind: z.enum(TROOP_LEVEL_KINDS).optional(),
    force: z.string().trim().min(1, 'Must not be empty.').max(100).optional(),
    effectiveDate: z.date().nullish(),
    periodEnd: z.date().nullish(),
    datePrecision: z.enum(DATE_PRECISIONS).optional(),
    locationId: z.string().optional(),
  })
  .refine((input) => !input.effectiveDate || !input.periodEnd || input.periodEnd >= input.effectiveDate, {
    message: 'periodEnd must not be before effectiveDate.',
    path: ['periodEnd'],
  });

export const troopLevelMutations: Resolvers = {
  Mutation: {
    updateTroopLevel: mutation(
      { role: 'EDITOR', ids: { id: 'TroopLevel' }, input: { arg: 'input', schema: updateInput }, refused: { troopLevel: null } },
      async ({ ids, data: { locationId, ...fields }, context }) => {
        // A range stays a range: its maximum is checked against the count it will have.
        if (fields.count !== undefined || (fields.countMax !== undefined && fields.countMax !== null)) {
          const stored =
            fields.count === undefined || fields.countMax === undefined ? await context.loaders.row('TroopLevel').load(ids.id) : null;
          const count = fields.count ?? stored?.count;
          const countMax = fields.countMax === undefined ? stored?.countMax : fields.countMax;
          if (count !== undefined && countMax != null && countMax < count) {
            throw refuse(['input', fields.countMax === undefined ? 'count' : 'countMax'], 'countMax must not be below count.');
          }
        }
        const data = definedFields({ ...fields, ...(await referenceArgs(context, { locationId }, { locationId: 'Location' })) });
        return { troopLevel: await context.prisma.troopLevel.update({ where: { id: ids.id }, data }) };
      },
    ),
    deleteTroopLevel: deleteMutation('TroopLevel', (context, id) => context.prisma.troopLevel.delete({ where: { id } })),
  },
};
