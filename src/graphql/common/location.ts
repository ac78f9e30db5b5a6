import type { Prisma } from '../../db/client.ts';

/** A place as people type it: its name ("Iraq"), ISO code ("IQ") or key, in any case (SQL: db/placeMatch.ts). */
export const locationMatch = (location: string): Prisma.LocationWhereInput => ({
  OR: [
    { name: { equals: location.trim(), mode: 'insensitive' } },
    { key: location.trim().toLowerCase() },
    { isoCode: location.trim().toUpperCase() },
  ],
});
