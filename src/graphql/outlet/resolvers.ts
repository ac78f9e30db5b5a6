import { BY_NAME, namedConditions } from '../../db/queries/extracts.ts';
import { listConnection } from '../common/connection.ts';
import { fieldsOf } from '../common/fields.ts';
import { toGlobalId } from '../common/ids.ts';
import type { Resolvers } from '../generated/resolvers.ts';

const outlet = fieldsOf('Outlet');

export const outletResolvers: Resolvers = {
  Query: {
    outlets: (_parent, args, { read }, info) => {
      const search = args.search?.trim() || undefined;
      return listConnection('Outlet', { args, read, info }, () => namedConditions(search, { aliases: false }), BY_NAME);
    },
  },
  Outlet: {
    id: outlet.computed(['id'], (o) => toGlobalId('Outlet', o.id)),
    site: outlet.computed(['key'], (o) => o.key),
  },
};
