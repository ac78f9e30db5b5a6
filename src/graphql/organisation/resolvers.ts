import type { GraphQLResolveInfo } from 'graphql';
import { sqlOf } from '../../db/client.ts';
import { BY_NAME, claimConditions, namedConditions, NEWEST_ARTICLE_FIRST, quoteConditions } from '../../db/queries/extracts.ts';
import { listPage } from '../../db/queries/lists.ts';
import type { RowOf } from '../../db/queries/models.ts';
import { listConnection } from '../common/connection.ts';
import { fieldsOf } from '../common/fields.ts';
import { selectFor } from '../common/lookahead.ts';
import { parseGlobalId, toGlobalId } from '../common/ids.ts';
import { paginate, type PageQuery } from '../common/pagination.ts';
import { optionalSearch } from '../common/search.ts';
import type { Resolvers } from '../generated/resolvers.ts';

const organisation = fieldsOf('Organisation');

/** A first page forwards comes batched from a loader; any other page is read for this parent alone. */
const isFirstPage = (page: PageQuery): boolean => page.cursor === undefined && page.take > 0;
const nodes = (info: GraphQLResolveInfo) => selectFor(info, ['edges', 'node'], { keepId: true });
const pageOf = ({ take, cursor }: PageQuery) => ({ take, ...(cursor ? { cursor: cursor.id } : {}) });

export const organisationResolvers: Resolvers = {
  Query: {
    organisation: (_parent, { id }, { loaders }) => {
      const parsed = parseGlobalId(id);
      return parsed?.type === 'Organisation' ? loaders.row('Organisation').load(parsed.id) : null;
    },
    organisations: (_parent, args, { prisma }, info) => {
      const search = optionalSearch(args.search, 'search')?.trim();
      const where = () => {
        const c = namedConditions(search, { aliases: true });
        if (args.kind) c.add(`x.kind = ${c.param(args.kind, '"OrganisationKind"')}`);
        return c;
      };
      return listConnection('Organisation', { args, prisma, info }, where, BY_NAME);
    },
  },
  Organisation: {
    id: organisation.computed(['id'], (o) => toGlobalId('Organisation', o.id)),
    quotes: organisation.computed(['id'], ({ id }, args, { prisma, loaders }, info) =>
      paginate(
        args,
        (page) =>
          isFirstPage(page)
            ? (loaders.firstPage('Quote', 'speakerOrganisationId').load({ id, take: page.take }) as Promise<RowOf<'Quote'>[]>)
            : listPage<RowOf<'Quote'>>(
                sqlOf(prisma),
                'Quote',
                nodes(info),
                quoteConditions({ speakerOrganisationId: id }),
                NEWEST_ARTICLE_FIRST,
                pageOf(page),
              ),
        async () => (await loaders.counts('Organisation', ['quotes']).load(id)).quotes ?? 0,
      ),
    ),
    claims: organisation.computed(['id'], ({ id }, args, { prisma, loaders }, info) =>
      paginate(
        args,
        (page) =>
          isFirstPage(page)
            ? (loaders.firstPage('Claim', 'claimantOrganisationId').load({ id, take: page.take }) as Promise<RowOf<'Claim'>[]>)
            : listPage<RowOf<'Claim'>>(
                sqlOf(prisma),
                'Claim',
                nodes(info),
                claimConditions({ claimantOrganisationId: id }),
                NEWEST_ARTICLE_FIRST,
                pageOf(page),
              ),
        async () => (await loaders.counts('Organisation', ['claims']).load(id)).claims ?? 0,
      ),
    ),
  },
};
