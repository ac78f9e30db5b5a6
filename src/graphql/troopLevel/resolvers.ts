import { TIMELINE_ORDER, troopLevelConditions, type TroopLevelListFilter } from '../../db/queries/extracts.ts';
import type { RowOf } from '../../db/queries/models.ts';
import { placesWithFigures } from '../../db/queries/places.ts';
import { timelinePage } from '../../db/queries/troopLevels.ts';
import { listConnection } from '../common/connection.ts';
import { fieldsOf } from '../common/fields.ts';
import { filterIds, toGlobalId } from '../common/ids.ts';
import { selectFor } from '../common/lookahead.ts';
import { MAX_PAGE_SIZE, pageSize } from '../common/pagination.ts';
import { required } from '../common/required.ts';
import type { Resolvers, TroopLevelFilter } from '../generated/resolvers.ts';

const troopLevel = fieldsOf('TroopLevel');
const location = fieldsOf('Location');

function listFilter(filter: TroopLevelFilter | null | undefined): TroopLevelListFilter {
  return {
    ...(filter?.location ? { location: filter.location } : {}),
    ...(filter?.kind ? { kind: filter.kind } : {}),
    ...(filter?.from ? { from: filter.from } : {}),
    ...(filter?.to ? { to: filter.to } : {}),
    ...filterIds(filter, { articleId: 'Article' }),
  };
}

/** The fields a troop level and a timeline point (the same row, seen from its place) share. */
const shared = {
  span: troopLevel.span(),
  article: troopLevel.relation('article', { then: (article) => required(article, 'article') }),
};

export const troopLevelResolvers: Resolvers = {
  Query: {
    troopLevels: (_parent, args, { read }, info) => {
      const filter = listFilter(args.filter);
      return listConnection('TroopLevel', { args, read, info }, () => troopLevelConditions(filter), TIMELINE_ORDER);
    },
    troopLevelTimeline: (_parent, { location, from, to, first }, { read }, info) =>
      timelinePage<RowOf<'TroopLevel'>>(read, { location, from, to, first: pageSize(first, 'first') ?? MAX_PAGE_SIZE }, selectFor(info)),
    locations: (_parent, _args, { read }, info) => placesWithFigures<RowOf<'Location'>>(read, selectFor(info)),
  },
  TroopLevel: {
    id: troopLevel.computed(['id'], (level) => toGlobalId('TroopLevel', level.id)),
    location: troopLevel.relation('location'),
    claim: troopLevel.relation('claim'),
    ...shared,
  },
  Location: {
    id: location.computed(['id'], (place) => toGlobalId('Location', place.id)),
    code: location.computed(['isoCode'], (place) => place.isoCode),
    troopLevels: location.relation('troopLevels'),
  },
  TimelinePoint: {
    date: troopLevel.computed(['effectiveDate'], (level) => level.effectiveDate),
    troopLevel: troopLevel.self(),
    conflicts: troopLevel.computed(['id'], async (level, _args, { loaders }) =>
      (await loaders.row('TroopLevel').loadMany(await loaders.conflictIds.load(level.id))).filter(
        (row): row is RowOf<'TroopLevel'> => row !== null && !(row instanceof Error),
      ),
    ),
    ...shared,
  },
};
