import { BY_NAME, namedConditions } from '../../db/queries/extracts.ts';
import { listConnection } from '../common/connection.ts';
import { fieldsOf } from '../common/fields.ts';
import { parseGlobalId, toGlobalId } from '../common/ids.ts';
import { optionalSearch } from '../common/search.ts';
import type { Resolvers } from '../generated/resolvers.ts';

const person = fieldsOf('Person');

export const personResolvers: Resolvers = {
  Query: {
    person: (_parent, { id }, { loaders }) => {
      const parsed = parseGlobalId(id);
      return parsed?.type === 'Person' ? loaders.row('Person').load(parsed.id) : null;
    },
    people: (_parent, args, { read }, info) => {
      const search = optionalSearch(args.search, 'search')?.trim();
      return listConnection('Person', { args, read, info }, () => namedConditions(search, { aliases: true }), BY_NAME);
    },
  },
  Person: {
    id: person.computed(['id'], (p) => toGlobalId('Person', p.id)),
    quotes: person.relation('quotes'),
    claims: person.relation('claims'),
    articles: person.relation('articles', { through: 'article' }),
  },
};
