import { DateTimeResolver } from 'graphql-scalars';

export const commonResolvers = {
  DateTime: DateTimeResolver,
  Query: {
    ok: () => true,
  },
};
