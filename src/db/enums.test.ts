/**
 * The compile-time check in enums.ts, shown to fail on drift. `tsc --noEmit` (npm test's
 * typecheck) is what runs these: an assertion that stopped failing would leave its
 * `@ts-expect-error` unused, which is an error too.
 */
import { describe, expectTypeOf, it } from 'vitest';
import type * as Ingest from '../ingest/types.ts';
import type { Assert, SameValues } from './enums.ts';
import type * as Db from './generated/prisma/enums.ts';

describe('the check of Prisma enums against their sources in src/ingest', () => {
  it('holds for the same values in another order', () => {
    expectTypeOf<SameValues<'BODY' | 'CAPTION', 'CAPTION' | 'BODY'>>().toEqualTypeOf<true>();
  });

  it('fails when the Prisma schema gains a value the source lacks', () => {
    expectTypeOf<SameValues<Db.ParagraphKind | 'DRIFTED', Ingest.ParagraphKind>>().toEqualTypeOf<false>();
    // @ts-expect-error the assertion does not compile
    expectTypeOf<Assert<SameValues<Db.ParagraphKind | 'DRIFTED', Ingest.ParagraphKind>>>();
  });

  it('fails when the Prisma schema loses a value the source has', () => {
    expectTypeOf<SameValues<Exclude<Db.ClaimKind, 'FORECAST'>, Ingest.ClaimKind>>().toEqualTypeOf<false>();
    // @ts-expect-error the assertion does not compile
    expectTypeOf<Assert<SameValues<Exclude<Db.ClaimKind, 'FORECAST'>, Ingest.ClaimKind>>>();
  });
});
