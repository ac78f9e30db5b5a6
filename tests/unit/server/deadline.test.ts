import { describe, expect, it } from 'vitest';
import { deadlineFor } from '../../../src/server/deadline.ts';

describe('request deadline', () => {
  it('is one timeout for a body up to 256 KB', () => {
    expect([deadlineFor(10_000, 0), deadlineFor(10_000, 262_144)]).toEqual([10_000, 10_000]);
  });

  it('grows by one timeout per started 256 KB beyond that', () => {
    expect([deadlineFor(10_000, 262_145), deadlineFor(10_000, 1_048_576)]).toEqual([20_000, 40_000]);
  });
});
