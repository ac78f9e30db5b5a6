import { z } from 'zod';
import type { Prisma } from '../../db/client.ts';
import { DATE_PRECISIONS, QUALIFIERS, TROOP_LEVEL_KINDS } from '../../ingest/types.ts';
import { requireRole } from '../auth/authenticate.ts';
import { argId, deleteById, onExisting, userError, validate } from '../common/mutation.ts';
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

const belowCount = (field: string[]) => userError(field, 'countMax must not be below count.');

export const troopLevelMutations: Resolvers = {
  Mutation: {
    updateTroopLevel: async (_parent, args, context) => {
      requireRole(context, 'EDITOR');
      const target = argId('TroopLevel', args.id, ['id']);
      if ('userError' in target) return { troopLevel: null, userErrors: [target.userError] };
      const valid = validate(updateInput, args.input, ['input']);
      if (!valid.ok) return { troopLevel: null, userErrors: valid.userErrors };
      const { locationId, ...fields } = valid.data;
      const data: Prisma.TroopLevelUncheckedUpdateInput = { ...fields };
      // A range stays a range: its maximum is checked against the count it will have.
      if (fields.count !== undefined || (fields.countMax !== undefined && fields.countMax !== null)) {
        const stored =
          fields.count === undefined || fields.countMax === undefined ? await context.loaders.troopLevel.load(target.id) : null;
        const count = fields.count ?? stored?.count;
        const countMax = fields.countMax === undefined ? stored?.countMax : fields.countMax;
        if (count !== undefined && countMax != null && countMax < count) {
          return { troopLevel: null, userErrors: [belowCount(['input', fields.countMax === undefined ? 'count' : 'countMax'])] };
        }
      }
      if (locationId !== undefined) {
        const location = argId('Location', locationId, ['input', 'locationId']);
        if ('userError' in location) return { troopLevel: null, userErrors: [location.userError] };
        if (!(await context.loaders.location.load(location.id))) {
          return { troopLevel: null, userErrors: [userError(['input', 'locationId'], 'No location with that id.', 'NOT_FOUND')] };
        }
        data.locationId = location.id;
      }
      const troopLevel = await onExisting('TroopLevel', () => context.prisma.troopLevel.update({ where: { id: target.id }, data }));
      return { troopLevel, userErrors: [] };
    },
    deleteTroopLevel: (_parent, { id }, context) =>
      deleteById(context, 'TroopLevel', id, (dbId) => context.prisma.troopLevel.delete({ where: { id: dbId } })),
  },
};
