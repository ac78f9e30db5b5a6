/**
 * What a resolver may read is what its field declares for the look-ahead: reading another
 * column does not compile. `tsc --noEmit` (npm test) checks the @ts-expect-error lines below;
 * if one stopped being an error, the unused directive would fail the type check.
 */
import { describe, expect, it } from 'vitest';
import { fieldsOf } from '../../../src/graphql/common/fields.ts';

const quote = fieldsOf('Quote');

describe('a field declared with fieldsOf', () => {
  it('reads the columns it declares', () => {
    const field = quote.computed(['start', 'end'], (row) => row.end - row.start);
    expect(field.extensions.lookahead).toEqual({ model: 'Quote', needs: { kind: 'columns', columns: ['start', 'end'] } });
  });

  it('does not compile when its resolver reads a column it did not declare', () => {
    // @ts-expect-error `text` is not among the declared columns, so the look-ahead would not load it.
    const field = quote.computed(['start'], (row) => row.text);
    expect(field.extensions.lookahead.needs).toEqual({ kind: 'columns', columns: ['start'] });
  });

  it('does not compile when it declares a column the model does not have', () => {
    // @ts-expect-error Quote has no column `headline`.
    const field = quote.computed(['headline'], () => null);
    expect(field.extensions.lookahead.model).toBe('Quote');
  });

  it('does not compile when it names a relation the model does not have', () => {
    // @ts-expect-error Quote has no relation `authors`.
    const field = quote.relation('authors');
    expect(field.extensions.lookahead.needs).toEqual({ kind: 'relation', relation: 'authors' });
  });
});
