import { describe, expect, it } from 'vitest';
import { findNumbers } from '../../../src/ingest/numbers.ts';

const values = (text: string) => findNumbers(text).map((n) => n.value);

describe('findNumbers', () => {
  it('reads thousands separators', () => {
    expect(values('from 5,200 to 3,000 troops')).toEqual([5200, 3000]);
  });

  it('reads numbers in words', () => {
    expect(values('three thousand troops and two thousand five hundred sailors')).toEqual([3000, 2500]);
  });

  it('reads "1.5 million" and "4,500-strong"', () => {
    expect(values('1.5 million people and a 4,500-strong force')).toEqual([1_500_000, 4500]);
  });

  it('gives offsets that slice back to the number', () => {
    const text = 'about 12,000 troops';
    const [n] = findNumbers(text);
    expect(text.slice(n!.start, n!.end)).toBe('12,000');
  });
});
