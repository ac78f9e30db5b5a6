import { BY_NAME, claimConditions, namedConditions, NEWEST_ARTICLE_FIRST, quoteConditions } from '../../db/queries/extracts.ts';
import type { ChildModel } from '../../db/queries/childPages.ts';
import { listPage, type Conditions } from '../../db/queries/lists.ts';
import type { RowOf } from '../../db/queries/models.ts';
import { listConnection } from '../common/connection.ts';
import { fieldsOf } from '../common/fields.ts';
import { selectFor } from '../common/lookahead.ts';
import { parseGlobalId, toGlobalId } from '../common/ids.ts';
import { paginate, type PageArgs } from '../common/pagination.ts';
import { optionalSearch } from '../common/search.ts';
import type { Resolvers } from '../generated/resolvers.ts';

const organisation = fieldsOf('Organisation');

/**
 * An organisation's quotes or claims as a connection: a first page forwards comes batched from
 * a loader for every organisation on the page; any other page is read for this one alone.
 */
function childConnection<M extends ChildModel>(
  model: M,
  foreignKey: string,
  relation: 'quotes' | 'claims',
  where: (id: string) => Conditions,
) {
  return organisation.computed(['id'], ({ id }, args: PageArgs, { read, loaders }, info) =>
    paginate(
      args,
      (page) =>
        page.cursor === undefined && page.take > 0
          ? (loaders.firstPage(model, foreignKey).load({ id, take: page.take }) as Promise<RowOf<M>[]>)
          : listPage<RowOf<M>>(read, model, selectFor(info, ['edges', 'node'], { keepId: true }), where(id), NEWEST_ARTICLE_FIRST, {
              take: page.take,
              ...(page.cursor ? { cursor: page.cursor.id } : {}),
            }),
      async () => (await loaders.counts('Organisation', [relation]).load(id))[relation] ?? 0,
    ),
  );
}

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: (_parent, { id }, { loaders }) => {
      const parsed = parseGlobalId(id);
      return parsed?.type === 'Organisation' ? loaders.row('Organisation').load(parsed.id) : null;
    },
    organisations: (_parent, args, { read }, info) => {
      const search = optionalSearch(args.search, 'search')?.trim();
      const where = () => {
        const c = namedConditions(search, { aliases: true });
        if (args.kind) c.add(`x.kind = ${c.param(args.kind, '"OrganisationKind"')}`);
        return c;
      };
      return listConnection('Organisation', { args, read, info }, where, BY_NAME);
    },
  },
  Organisation: {
    id: organisation.computed(['id'], (o) => toGlobalId('Organisation', o.id)),
    quotes: childConnection('Quote', 'speakerOrganisationId', 'quotes', (id) => quoteConditions({ speakerOrganisationId: id })),
    claims: childConnection('Claim', 'claimantOrganisationId', 'claims', (id) => claimConditions({ claimantOrganisationId: id })),
  },
};
