import { claimConditions, NEWEST_ARTICLE_FIRST, type ClaimListFilter } from '../../db/queries/extracts.ts';
import { listConnection } from '../common/connection.ts';
import { fieldsOf } from '../common/fields.ts';
import { filterIds, toGlobalId } from '../common/ids.ts';
import { required } from '../common/required.ts';
import { optionalSearch } from '../common/search.ts';
import type { ClaimFilter, Resolvers } from '../generated/resolvers.ts';

const claim = fieldsOf('Claim');
const reviewEvent = fieldsOf('ClaimReviewEvent');

function listFilter(filter: ClaimFilter | null | undefined): ClaimListFilter {
  const search = optionalSearch(filter?.search);
  const ids = filterIds(filter, { articleId: 'Article', claimantId: 'Person', claimantOrganisationId: 'Organisation' });
  return { ...(search ? { search } : {}), ...ids, ...(filter?.status ? { status: filter.status } : {}) };
}

export const claimResolvers: Resolvers = {
  Query: {
    claims: (_parent, args, { read }, info) => {
      const filter = listFilter(args.filter);
      return listConnection('Claim', { args, read, info }, () => claimConditions(filter), NEWEST_ARTICLE_FIRST);
    },
  },
  Claim: {
    id: claim.computed(['id'], (c) => toGlobalId('Claim', c.id)),
    claimant: claim.relation('claimant'),
    claimantOrganisation: claim.relation('claimantOrganisation'),
    claimantKind: claim.computed(['claimantId', 'claimantOrganisationId', 'claimantDescription'], (c) =>
      c.claimantId ? 'PERSON' : c.claimantOrganisationId ? 'ORGANISATION' : c.claimantDescription ? 'UNNAMED_SOURCE' : 'ARTICLE',
    ),
    quotes: claim.relation('quotes', { through: 'quote' }),
    troopLevels: claim.relation('troopLevels'),
    span: claim.span(),
    article: claim.relation('article', { then: (article) => required(article, 'article') }),
    // Not a relation (no foreign key, src/db/claimReviews.ts): loaded by the claim's id.
    reviewHistory: claim.computed(['id'], (c, _args, { loaders }) => loaders.reviewHistory.load(c.id)),
  },
  ClaimReviewEvent: {
    from: reviewEvent.computed(['fromStatus'], (event) => event.fromStatus),
    to: reviewEvent.computed(['toStatus'], (event) => event.toStatus),
    apiKeyId: reviewEvent.computed(['apiKeyId'], (event) => (event.apiKeyId ? toGlobalId('ApiKey', event.apiKeyId) : null)),
  },
};
