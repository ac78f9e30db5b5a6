/**
 * A place as people type it, in SQL: its name in any case, its key or its ISO code (as
 * common/location.ts says it for Prisma). `param` is the trimmed text's placeholder.
 */
export const placeMatchSql = (alias: string, param: string): string =>
  `(lower(${alias}.name) = lower(${param}) OR ${alias}.key = lower(${param}) OR ${alias}.iso_code = upper(${param}))`;
