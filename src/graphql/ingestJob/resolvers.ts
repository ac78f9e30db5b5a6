import { ingestJobConditions, NEWEST_JOB_FIRST } from '../../db/queries/ingestJobs.ts';
import { requireRole } from '../auth/authenticate.ts';
import { listConnection } from '../common/connection.ts';
import { fieldsOf } from '../common/fields.ts';
import { parseGlobalId, toGlobalId } from '../common/ids.ts';
import type { Resolvers } from '../generated/resolvers.ts';

const ingestJob = fieldsOf('IngestJob');

export const ingestJobResolvers: Resolvers = {
  Query: {
    ingestJobs: (_parent, args, context, info) => {
      requireRole(context, 'VIEWER');
      const status = args.status ?? undefined;
      return listConnection('IngestJob', { args, read: context.read, info }, () => ingestJobConditions(status), NEWEST_JOB_FIRST);
    },
    ingestJob: async (_parent, { id }, context) => {
      requireRole(context, 'VIEWER');
      const parsed = parseGlobalId(id);
      if (parsed?.type !== 'IngestJob') return null;
      return context.loaders.row('IngestJob').load(parsed.id);
    },
  },
  IngestJob: {
    id: ingestJob.computed(['id'], (job) => toGlobalId('IngestJob', job.id)),
    article: ingestJob.relation('article'),
  },
};
